package org.coopera.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.coopera.IntegrationTest;
import org.coopera.base.BusinessException;
import org.coopera.program.ProgramService;
import org.coopera.program.ProjectFilter;
import org.coopera.program.ProjectStatus;
import org.coopera.workinggroup.WorkingGroupService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXParseException;

/**
 * The IATI activity XML (2.03) of the demo GTQM 2013-2015 programme and of a filtered list: checked
 * against Coopera's structural schema of the standard (src/test/resources/iati, see its README: the
 * official XSDs were not available from an allowed source) and read back field by field.
 */
@IntegrationTest
@WithMockUser(roles = "READER")
class IatiExportIT {

    @Autowired
    IatiExportService iati;
    @Autowired
    ProgramService programs;
    @Autowired
    WorkingGroupService workingGroups;

    private long gtqm2013() {
        long group = workingGroups.find("GTQM", null, false, 0, 5).getFirst().id();
        return programs.programsOf(group).stream().filter(p -> p.startYear() == 2013).findFirst().orElseThrow().id();
    }

    private static void validate(byte[] xml) throws Exception {
        var factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        var schema = factory.newSchema(IatiExportIT.class.getResource("/iati/coopera-iati-activities-2.03-subset.xsd"));
        schema.newValidator().validate(new StreamSource(new ByteArrayInputStream(xml)));
    }

    private static Document parse(byte[] xml) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    @Test
    void theProgrammeAsIatiActivities() throws Exception {
        byte[] xml = iati.program(gtqm2013());
        Path out = Path.of("target", "iati", "gtqm-2013-2015.xml");
        Files.createDirectories(out.getParent());
        Files.write(out, xml);

        validate(xml);
        Document doc = parse(xml);
        XPath x = XPathFactory.newInstance().newXPath();
        assertThat(x.evaluate("/iati-activities/@version", doc)).isEqualTo("2.03");
        assertThat(((NodeList) x.evaluate("//iati-activity", doc, XPathConstants.NODESET)).getLength()).isEqualTo(24);

        String a = "//iati-activity[iati-identifier='XI-QC-MRIF-GTQM-2013-RI-01']";
        assertThat(x.evaluate(a + "/reporting-org/@ref", doc)).isEqualTo("XI-QC-MRIF");
        assertThat(x.evaluate(a + "/title/narrative[1]", doc)).isEqualTo("Réseau Québec-Mexique en nanotechnologies");
        assertThat(x.evaluate(a + "/title/narrative[@*[local-name()='lang']='en']", doc))
                .isEqualTo("Québec–Mexico nanotechnology network");
        assertThat(x.evaluate(a + "/activity-status/@code", doc))
                .isEqualTo(String.valueOf(ProjectStatus.IMPLEMENTATION.iatiCode()));
        assertThat(x.evaluate(a + "/activity-date[@type='1']/@iso-date", doc)).isEqualTo("2013-07-01");
        assertThat(x.evaluate(a + "/activity-date[@type='3']/@iso-date", doc)).isEqualTo("2015-06-30");
        assertThat(x.evaluate(a + "/recipient-country/@code", doc)).isEqualTo("MX");
        assertThat(x.evaluate(a + "/participating-org[@role='1']/@ref", doc)).isEqualTo("XI-QC-MRIF");
        assertThat(x.evaluate("count(" + a + "/participating-org[@role='4'])", doc)).isEqualTo("2");
        // RI-SCI: the ministry's code (vocabulary 99) and its DAC code (vocabulary 1)
        assertThat(x.evaluate(a + "/sector[@vocabulary='99']/@code", doc)).isEqualTo("RI-SCI");
        assertThat(x.evaluate(a + "/sector[@vocabulary='1']/@code", doc)).isEqualTo("43082");
        assertThat(x.evaluate(a + "/description/narrative", doc)).startsWith("Titre illustratif");
        // every activity names the partner country and has a planned start
        assertThat(x.evaluate("count(//iati-activity[not(recipient-country)])", doc)).isEqualTo("0");
        assertThat(x.evaluate("count(//iati-activity[not(activity-date[@type='1'])])", doc)).isEqualTo("0");
        // what IATI's own schema and rules ask beyond the structure: a description in every activity
        // (the titles when the project has none), a named sector in the ministry's vocabulary, and
        // date-times with their seconds (xs:dateTime refuses 09:26Z)
        assertThat(x.evaluate("count(//iati-activity[not(description/narrative)])", doc)).isEqualTo("0");
        assertThat(x.evaluate("count(//sector[@vocabulary='99'][not(narrative)])", doc)).isEqualTo("0");
        assertThat(x.evaluate(a + "/sector[@vocabulary='99']/narrative[1]", doc)).isNotBlank();
        assertThat(x.evaluate("/iati-activities/@generated-datetime", doc))
                .matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");
        assertThat(x.evaluate("count(//iati-activity[@last-updated-datetime != /iati-activities/@generated-datetime])",
                doc)).isEqualTo("0");
    }

    @Test
    void aFilterThatMatchesNothingIsRefusedBeforeAnythingIsWritten() {
        var out = new ByteArrayOutputStream();
        assertThatThrownBy(() -> iati.write(new ProjectFilter("NO-SUCH-PROJECT-CODE", gtqm2013(), null, null, null,
                null, null, null, null, null), out))
                .isInstanceOf(BusinessException.class).hasMessageContaining("exchange.iati.empty");
        assertThat(out.size()).isZero();
    }

    @Test
    void aFilteredListAndTheStructureCheckItself() throws Exception {
        var out = new ByteArrayOutputStream();
        iati.write(new ProjectFilter("GTQM-2013-CUL", gtqm2013(), null, null, null, null, null, null, null, null), out);
        byte[] xml = out.toByteArray();
        validate(xml);
        Document doc = parse(xml);
        XPath x = XPathFactory.newInstance().newXPath();
        assertThat(((NodeList) x.evaluate("//iati-activity", doc, XPathConstants.NODESET)).getLength()).isEqualTo(7);
        assertThat(x.evaluate("//iati-activity[1]/sector[@vocabulary='99']/@code", doc)).startsWith("CUL");

        // the check is not a formality: elements out of order, a status outside 1-6 are refused
        String text = new String(xml, StandardCharsets.UTF_8);
        byte[] swapped = text.replaceFirst("<activity-status code=\"(\\d)\"></activity-status>|<activity-status code=\"(\\d)\"/>", "")
                .replaceFirst("<iati-identifier>", "<activity-status code=\"2\"/><iati-identifier>")
                .getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> validate(swapped)).isInstanceOf(SAXParseException.class);
        byte[] badStatus = text.replaceFirst("activity-status code=\"\\d\"", "activity-status code=\"9\"")
                .getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> validate(badStatus)).isInstanceOf(SAXParseException.class);
        assertThat(List.of(text)).allMatch(t -> t.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"));
    }

    @Test
    void anUnknownProgrammeIsRefused() {
        assertThatThrownBy(() -> iati.program(-1)).isInstanceOf(BusinessException.class);
    }
}
