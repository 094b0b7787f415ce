package ru.schooljournal.web.platform;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;

public class JournalExceptionHandlerFactory extends ExceptionHandlerFactory {

    public JournalExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new JournalExceptionHandler(getWrapped().getExceptionHandler());
    }
}
