package io.aura360.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * What the application logs while this is open, each event as its message followed by its stack trace. Read at the
 * logger rather than from captured standard output: a console appender started while another test captured
 * {@code System.out} keeps writing to that old capture, so a later capture can miss every line. The root level is
 * held at INFO (the application's own) meanwhile: a command run in the same JVM before, such as {@code doctor},
 * may have left the shared logger context switched off.
 */
final class LoggedLines implements AutoCloseable {

    private final ListAppender<ILoggingEvent> events = new ListAppender<>();

    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);

    private final Level rootLevel = root.getLevel();

    LoggedLines() {
        root.setLevel(Level.INFO);
        events.start();
        root.addAppender(events);
    }

    /** The events logged so far, each as its formatted message and, when it has one, its stack trace. */
    List<String> lines() {
        synchronized (events.list) {
            return events.list.stream().map(LoggedLines::render).toList();
        }
    }

    @Override
    public void close() {
        root.detachAppender(events);
        events.stop();
        root.setLevel(rootLevel);
    }

    private static String render(ILoggingEvent event) {
        return event.getFormattedMessage()
                + ((event.getThrowableProxy() == null) ? "" : ThrowableProxyUtil.asString(event.getThrowableProxy()));
    }
}
