package ru.schooljournal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * One direction through the slices (ejb/README.md): a slice imports only slices below it in {@link #ORDER}.
 * The imports that still run upwards are listed in {@code slice-debts.txt}, one «file → slice» a line; the build
 * fails for a new one (a report, the diary or the archive may read every slice, but nothing below may read
 * them), and for a listed one that is gone (strike it from the list, so the list only shrinks).
 */
class SliceDirectionTest {

    /** Bottom first: each slice may import those before it. */
    static final List<String> ORDER = List.of("platform", "access", "school", "audit", "roster", "curriculum",
            "schedule", "journal", "diary", "yearclosing", "reports", "demo");

    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?ru\\.schooljournal\\.([a-z]+)\\.", Pattern.MULTILINE);

    @Test
    void sliceImportsRunDownwardsOnly() throws IOException {
        Set<String> found = new TreeSet<>();
        for (Path root : List.of(Path.of("src/main/java"), Path.of("../batch/src/main/java"))) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    String slice = sliceOf(root.relativize(file));
                    String text = Files.readString(file, StandardCharsets.UTF_8);
                    Matcher m = IMPORT.matcher(text);
                    Set<String> targets = new TreeSet<>();
                    while (m.find()) {
                        targets.add(m.group(1));
                    }
                    for (String target : targets) {
                        assertTrue(ORDER.contains(slice) && ORDER.contains(target),
                                "a slice missing from the order (add it where it belongs): " + slice + " → " + target + " in " + file);
                        if (ORDER.indexOf(target) > ORDER.indexOf(slice)) {
                            found.add(root.relativize(file).toString().replace('\\', '/') + " → " + target);
                        }
                    }
                }
            }
        }
        Set<String> known = new TreeSet<>();
        try (var in = SliceDirectionTest.class.getResourceAsStream("slice-debts.txt")) {
            new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).forEach(known::add);
        }
        Set<String> added = new TreeSet<>(found);
        added.removeAll(known);
        Set<String> paid = new TreeSet<>(known);
        paid.removeAll(found);
        assertEquals(Set.of(), added, "imports against the slices' direction (ejb/README.md); read the other way round, "
                + "or move the class to the slice it serves");
        assertEquals(Set.of(), paid, "these are no longer there: strike them from slice-debts.txt");
    }

    private static String sliceOf(Path relative) {
        // ru/schooljournal/<slice>/…
        return relative.getNameCount() > 3 ? relative.getName(2).toString() : "";
    }
}
