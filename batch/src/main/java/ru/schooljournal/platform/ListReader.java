package ru.schooljournal.platform;

import jakarta.batch.api.chunk.AbstractItemReader;
import java.io.Serializable;
import java.util.List;

/**
 * A job's reader over a list worked out the same way on every start (from the job's parameters): one item at
 * a time, the checkpoint is the index of the next, so a restarted job goes on after the last item it wrote.
 */
public abstract class ListReader<T> extends AbstractItemReader {

    private List<T> items;
    private int next;

    /** The items, the same for a restart with the same parameters. */
    protected abstract List<T> items();

    @Override
    public void open(Serializable checkpoint) {
        items = items();
        next = checkpoint == null ? 0 : (Integer) checkpoint;
    }

    @Override
    public Object readItem() {
        return next < items.size() ? items.get(next++) : null;
    }

    @Override
    public Serializable checkpointInfo() {
        return next;
    }
}
