package org.parley.ledger.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class CsvTableTest {
  @Test
  void textThatASpreadsheetWouldRunAsAFormulaIsPrefixedWithAQuote() throws Exception {
    StringWriter out = new StringWriter();
    CsvTable t = CsvTable.open(out, false, List.of("a", "b", "c", "d", "e", "f", "g"));
    t.row(Arrays.asList("=HYPERLINK(\"x\")", "+1", "-2+3", "@SUM(A1)", "\tx", "\rx", "plain"));
    t.row(Arrays.asList(-5, 2.5, null, "a=b", "", "'already", "- dash"));
    t.flush();

    List<CSVRecord> rows =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .get()
            .parse(new java.io.StringReader(out.toString()))
            .getRecords();
    assertThat(rows.get(0).values())
        .containsExactly(
            "'=HYPERLINK(\"x\")", "'+1", "'-2+3", "'@SUM(A1)", "'\tx", "'\rx", "plain");
    assertThat(rows.get(1).values())
        .containsExactly("-5", "2.5", "", "a=b", "", "'already", "'- dash");
    assertThat(t.rows()).isEqualTo(2);
  }

  @Test
  void excelTablesStartWithAByteOrderMarkAndOthersDoNot() {
    StringWriter excel = new StringWriter();
    CsvTable.open(excel, true, List.of("name")).row(List.of("Zaporizhzhia – Запоріжжя"));
    StringWriter plain = new StringWriter();
    CsvTable.open(plain, false, List.of("name")).flush();

    assertThat(excel.toString()).startsWith("\uFEFFname\r\n");
    assertThat(plain.toString()).isEqualTo("name\r\n");
  }
}
