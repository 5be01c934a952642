package org.coopera.bulletin;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.coopera.base.BusinessException;

/**
 * Reads a bulletin in the plain-text form of the ministry's « Nos actions » pages: a section
 * heading, a date in French ("21 juin 2013", "14 avr. 2009"), the title, an optional photo
 * caption with "(photo Name)", paragraphs, sub-headings, bullet lists, and at the end the related
 * link lines (a line with a size such as "(2 Mo)" announces an attached document). Produces a
 * Markdown draft; stores nothing.
 */
public final class BulletinTextParser {

    /** Longest text accepted (characters). */
    public static final int MAX_LENGTH = 200_000;

    private static final Pattern DATE = Pattern.compile("(\\d{1,2})(?:er)?\\s+([\\p{L}.]+)\\s+(\\d{4})");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("janv", 1), Map.entry("janvier", 1), Map.entry("fevr", 2), Map.entry("fev", 2),
            Map.entry("fevrier", 2), Map.entry("mars", 3), Map.entry("avr", 4), Map.entry("avril", 4),
            Map.entry("mai", 5), Map.entry("juin", 6), Map.entry("juil", 7), Map.entry("juillet", 7),
            Map.entry("aout", 8), Map.entry("sept", 9), Map.entry("septembre", 9), Map.entry("oct", 10),
            Map.entry("octobre", 10), Map.entry("nov", 11), Map.entry("novembre", 11), Map.entry("dec", 12),
            Map.entry("decembre", 12));
    private static final Pattern BULLET = Pattern.compile("^\\s*[•·▪◦\\-*–]\\s+(.*)$");
    private static final Pattern PHOTO_CREDIT = Pattern.compile("\\(\\s*photo\\s*:?\\s+([^)]*?)\\s*\\)\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern DOCUMENT_SIZE = Pattern.compile(".*\\(\\s*\\d+(?:[.,]\\d+)?[\\s\\u00a0]*(?:Mo|ko|Ko|MB|KB|kB|Go|GB)\\s*\\)\\s*$");
    private static final Pattern ADDRESS = Pattern.compile("(?:^|\\s|\\|)([a-zA-Z][a-zA-Z0-9+.-]*:\\S+)\\s*$");
    private static final Set<Character> SENTENCE_END = Set.of('.', '!', '?', ':', ';', '»', ',');

    private BulletinTextParser() {
    }

    /** @throws BusinessException bulletin.import.empty, .too-long, .date, .title-empty, bulletin.link.scheme */
    public static ImportedBulletin parse(String text) {
        if (text == null || text.isBlank()) {
            throw new BusinessException("bulletin.import.empty");
        }
        if (text.length() > MAX_LENGTH) {
            throw new BusinessException("bulletin.import.too-long", MAX_LENGTH);
        }
        List<String> lines = new ArrayList<>(List.of(text.replace("\uFEFF", "").replace("\r\n", "\n")
                .replace('\r', '\n').split("\n", -1)));
        int i = nextNonBlank(lines, 0);
        String first = lines.get(i).strip();
        String heading = null;
        LocalDate date = parseDate(first);
        if (date == null) {
            heading = first;
            i = nextNonBlank(lines, i + 1);
            if (i >= lines.size()) {
                throw new BusinessException("bulletin.import.date", "");
            }
            String dateLine = lines.get(i).strip();
            date = parseDate(dateLine);
            if (date == null) {
                throw new BusinessException("bulletin.import.date", dateLine);
            }
        }
        i = nextNonBlank(lines, i + 1);
        if (i >= lines.size()) {
            throw new BusinessException("bulletin.import.title-empty");
        }
        String title = lines.get(i).strip();
        List<List<String>> blocks = blocks(lines.subList(i + 1, lines.size()), heading);

        String caption = null;
        String credit = null;
        if (!blocks.isEmpty() && blocks.getFirst().size() == 1) {
            Matcher photo = PHOTO_CREDIT.matcher(blocks.getFirst().getFirst());
            if (photo.find()) {
                credit = photo.group(1).strip();
                caption = photo.replaceFirst("").strip().replaceAll("\\s+([.,;])$", "$1");
                blocks.removeFirst();
            }
        }

        List<BulletinLink> links = new ArrayList<>();
        List<String> documents = new ArrayList<>();
        if (!blocks.isEmpty() && isLinkBlock(blocks.getLast())) {
            for (String line : blocks.removeLast()) {
                readLinkLine(line, links, documents);
            }
        }

        StringBuilder body = new StringBuilder();
        for (List<String> block : blocks) {
            appendBlock(body, block);
        }
        var draft = new BulletinDraft(date, title, body.toString().strip(), "fr", BulletinStatus.DRAFT, caption, credit,
                links, List.of(), Set.of());
        return new ImportedBulletin(heading, draft, List.copyOf(documents), List.of());
    }

    /** A French date such as "21 juin 2013", "14 avr. 2009" or "1er mai 2010"; null if it is none. */
    static LocalDate parseDate(String line) {
        Matcher m = DATE.matcher(line.strip());
        if (!m.matches()) {
            return null;
        }
        String month = Highlighter.fold(m.group(2)).replaceAll("\\.$", "");
        Integer number = MONTHS.get(month);
        if (number == null) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(m.group(3)), number, Integer.parseInt(m.group(1)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** A related link's address: http or https with a host, else refused. */
    public static String checkedUrl(String url) {
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && !uri.getHost().isBlank()) {
                return uri.toString();
            }
        } catch (URISyntaxException e) {
            // refused below
        }
        throw new BusinessException("bulletin.link.scheme", url.strip());
    }

    private static void readLinkLine(String line, List<BulletinLink> links, List<String> documents) {
        Matcher address = ADDRESS.matcher(line);
        if (address.find()) {
            String url = checkedUrl(address.group(1));
            String label = line.substring(0, address.start(1)).strip().replaceAll("[|:–-]\\s*$", "").strip();
            links.add(new BulletinLink(label.isEmpty() ? url : label, url));
        } else if (DOCUMENT_SIZE.matcher(line).matches()) {
            documents.add(line);
        } else {
            links.add(new BulletinLink(line, ""));
        }
    }

    /** Related lines: a final block of short lines, none of which ends a sentence and none a bullet. */
    private static boolean isLinkBlock(List<String> block) {
        for (String line : block) {
            if (line.length() > 150 || BULLET.matcher(line).matches() || endsSentence(line) && !ADDRESS.matcher(line).find()) {
                return false;
            }
        }
        return true;
    }

    private static void appendBlock(StringBuilder body, List<String> block) {
        if (block.size() == 1 && !endsSentence(block.getFirst()) && block.getFirst().length() <= 100
                && !BULLET.matcher(block.getFirst()).matches() && !block.getFirst().startsWith("«")) {
            body.append("## ").append(escapeMarkdown(block.getFirst())).append("\n\n");
            return;
        }
        StringBuilder paragraph = new StringBuilder();
        boolean inList = false;
        for (String line : block) {
            Matcher bullet = BULLET.matcher(line);
            if (bullet.matches()) {
                if (!paragraph.isEmpty()) {
                    body.append(paragraph.toString().strip()).append("\n\n");
                    paragraph.setLength(0);
                }
                body.append("- ").append(escapeMarkdown(bullet.group(1).strip())).append('\n');
                inList = true;
            } else {
                if (inList) {
                    body.append('\n');
                    inList = false;
                }
                paragraph.append(paragraph.isEmpty() ? "" : " ").append(escapeMarkdown(line.strip()));
            }
        }
        if (!paragraph.isEmpty()) {
            body.append(paragraph.toString().strip()).append('\n');
        }
        body.append('\n');
    }

    /** Plain text must stay plain: a line must not turn into a heading, a list or HTML by accident. */
    private static String escapeMarkdown(String line) {
        String escaped = line.replace("\\", "\\\\").replace("<", "\\<").replace("*", "\\*").replace("_", "\\_")
                .replace("[", "\\[").replace("`", "\\`");
        if (escaped.matches("^(#|>|[-+]\\s|\\d+[.)]\\s).*")) {
            escaped = "\\" + escaped;
        }
        return escaped;
    }

    private static boolean endsSentence(String line) {
        String s = line.strip();
        return !s.isEmpty() && SENTENCE_END.contains(s.charAt(s.length() - 1));
    }

    /** Blocks of non-blank lines, without the footer lines that only repeat the section heading. */
    private static List<List<String>> blocks(List<String> lines, String heading) {
        Pattern footer = heading == null ? null
                : Pattern.compile("(?:" + Pattern.quote(heading) + ")+\\s*\\d*", Pattern.CASE_INSENSITIVE);
        List<List<String>> blocks = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (String raw : lines) {
            String line = raw.strip();
            if (raw.replace('\u00a0', ' ').isBlank() || footer != null && footer.matcher(line.strip()).matches()) {
                if (!current.isEmpty()) {
                    blocks.add(current);
                    current = new ArrayList<>();
                }
            } else {
                current.add(line);
            }
        }
        if (!current.isEmpty()) {
            blocks.add(current);
        }
        return blocks;
    }

    private static int nextNonBlank(List<String> lines, int from) {
        int i = from;
        while (i < lines.size() && lines.get(i).isBlank()) {
            i++;
        }
        if (i >= lines.size() && from == 0) {
            throw new BusinessException("bulletin.import.empty");
        }
        return i;
    }
}
