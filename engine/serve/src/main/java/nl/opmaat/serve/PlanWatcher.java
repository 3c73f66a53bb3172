package nl.opmaat.serve;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Watches the plan folder and its sub-folders (chapters, annexes, {@code ouders/}, images) with the JDK's
 * {@link WatchService} and calls back once a burst of changes has been quiet for the debounce time: an editor's save
 * is often a temporary file, a rename and a change of attributes. Hidden files and folders (editor swap files,
 * {@code .git}) and {@code target/} do not count. Runs on one daemon thread; nothing is written anywhere.
 */
final class PlanWatcher implements Closeable {

    private final Path directory;
    private final Duration debounce;
    private final Runnable onChange;
    private final WatchService service;
    private final Map<WatchKey, Path> folders = new HashMap<>();
    private final Thread thread;

    PlanWatcher(Path directory, Duration debounce, Runnable onChange) throws IOException {
        this.directory = directory.toAbsolutePath().normalize();
        this.debounce = debounce;
        this.onChange = onChange;
        this.service = FileSystems.getDefault().newWatchService();
        registerTree(this.directory);
        this.thread = new Thread(this::run, "opmaat-watch");
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    private void registerTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path folder : (Iterable<Path>) paths.filter(Files::isDirectory)::iterator) {
                if (folder.equals(directory) || !ignored(directory.relativize(folder))) {
                    folders.put(folder.register(service, StandardWatchEventKinds.ENTRY_CREATE,
                            StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE), folder);
                }
            }
        }
    }

    /** Hidden names and the build's {@code target/} anywhere in the relative path. */
    private static boolean ignored(Path relative) {
        for (Path part : relative) {
            String name = part.toString();
            if (name.startsWith(".") || name.endsWith("~") || name.equals("target")) {
                return true;
            }
        }
        return false;
    }

    private void run() {
        try {
            while (true) {
                WatchKey key = service.take();
                boolean relevant = handle(key);
                // Debounce: keep collecting until nothing has happened for the debounce time.
                for (WatchKey next = service.poll(debounce.toMillis(), TimeUnit.MILLISECONDS); next != null;
                     next = service.poll(debounce.toMillis(), TimeUnit.MILLISECONDS)) {
                    relevant |= handle(next);
                }
                if (relevant) {
                    onChange.run();
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // Stopped.
        }
    }

    private boolean handle(WatchKey key) {
        Path folder = folders.get(key);
        boolean relevant = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            if (folder == null || event.kind() == StandardWatchEventKinds.OVERFLOW) {
                relevant = true;
                continue;
            }
            Path changed = folder.resolve((Path) event.context());
            if (ignored(directory.relativize(changed))) {
                continue;
            }
            relevant = true;
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(changed)) {
                try {
                    registerTree(changed);
                } catch (IOException e) {
                    // A folder that vanished at once: its files are gone with it.
                }
            }
        }
        if (!key.reset()) {
            folders.remove(key);
        }
        return relevant;
    }

    @Override
    public void close() throws IOException {
        thread.interrupt();
        service.close();
    }
}
