package nl.opmaat.core.internal;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;

/** Work started on a thread of its own, and waiting for it as if it had run on this one. */
public final class Futures {

    private Futures() {
    }

    /**
     * Starts {@code task} on a new daemon thread with that name and returns at once: one-time work begun beside the
     * thread that needs it later (a daemon never delays the exit).
     */
    public static <T> Future<T> onDaemonThread(String name, Callable<T> task) {
        FutureTask<T> future = new FutureTask<>(task);
        start(name, future);
        return future;
    }

    /** {@link #onDaemonThread(String, Callable)} for work whose result nobody waits for. */
    public static void onDaemonThread(String name, Runnable task) {
        start(name, task);
    }

    private static void start(String name, Runnable task) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        thread.start();
    }

    /** The result; an unchecked failure of the task is rethrown as it was, so callers keep their own error handling. */
    public static <T> T await(Future<T> result) {
        try {
            return result.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
