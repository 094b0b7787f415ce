package ru.schooljournal.reports;

import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import ru.schooljournal.platform.ListReader;

/** The classes to close, one item each, in the order the job was given them. */
@Dependent
@Named("termClosingReader")
public class TermClosingReader extends ListReader<Long> {

    @Inject
    @BatchProperty
    String classIds;

    @Override
    protected List<Long> items() {
        return Arrays.stream(classIds.split(",")).filter(s -> !s.isBlank()).map(s -> Long.valueOf(s.trim())).toList();
    }
}
