package org.coopera;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.coopera.bulletin.BulletinTextParserFuzzTest;
import org.coopera.bulletin.SafeMarkdownFuzzTest;
import org.coopera.exchange.SheetReaderFuzzTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The short fuzzing run of every build, for the three targets that need no application context: the
 * import file reader ({@link SheetReaderFuzzTest}), the bulletin text import
 * ({@link BulletinTextParserFuzzTest}) and the Markdown renderer ({@link SafeMarkdownFuzzTest}). Jazzer
 * fuzzes one test per JVM and its agent takes seconds to start, so one JVM fuzzes the three at once: the
 * last byte of an input picks the target, the rest is that target's input ({@code ./mvnw verify}: the
 * pom's "fuzz" execution, fuzz.seconds). Each target alone, a million inputs: {@code -Pfuzz}.
 *
 * <p>Every input committed for the three targets (their {@code <Class>Inputs} directories, the findings
 * of earlier runs among them) is also replayed here, without Jazzer, in the unit tests' JVM.
 */
class ParsersFuzzTest {

    private static final List<Target> TARGETS = List.of(
            new Target(SheetReaderFuzzTest.class, "readsOrRefusesAnyFile", SheetReaderFuzzTest::check),
            new Target(BulletinTextParserFuzzTest.class, "readsOrRefusesAnyText", BulletinTextParserFuzzTest::check),
            new Target(SafeMarkdownFuzzTest.class, "rendersAnyTextToSafeHtml", SafeMarkdownFuzzTest::check));

    private record Target(Class<?> test, String method, Consumer<byte[]> check) {
    }

    @FuzzTest(maxDuration = "10s")
    void anyInputOfTheThreeParsers(byte[] input) {
        if (input.length == 0) {
            return;
        }
        TARGETS.get((input[input.length - 1] & 0xFF) % TARGETS.size()).check()
                .accept(Arrays.copyOf(input, input.length - 1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("committedInputs")
    void everyCommittedInputOfEachTarget(String name, Consumer<byte[]> check, Path file) throws IOException {
        check.accept(Files.readAllBytes(file));
    }

    static Stream<Arguments> committedInputs() throws IOException, URISyntaxException {
        List<Arguments> inputs = new ArrayList<>();
        for (Target target : TARGETS) {
            String directory = target.test().getName().replace('.', '/') + "Inputs/" + target.method();
            URL url = ParsersFuzzTest.class.getClassLoader().getResource(directory);
            if (url == null) {
                throw new IllegalStateException("no inputs for " + directory);
            }
            try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
                files.filter(Files::isRegularFile).sorted().forEach(file -> inputs.add(Arguments.of(
                        target.test().getSimpleName() + "/" + file.getFileName(), target.check(), file)));
            }
        }
        return inputs.stream();
    }
}
