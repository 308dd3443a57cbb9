package org.parley.parquet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.parquet.ParquetReadOptions;
import org.apache.parquet.column.page.PageReadStore;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.convert.GroupRecordConverter;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.io.ColumnIOFactory;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.io.RecordReader;
import org.apache.parquet.schema.MessageType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParquetTableTest {
  private static final List<Column> COLUMNS =
      List.of(
          new Column("entry", Column.Type.LONG),
          Column.string("holder"),
          new Column("share", Column.Type.DOUBLE),
          new Column("named", Column.Type.BOOLEAN));

  @TempDir Path dir;

  @Test
  void writesEveryRowAndValueAndReadsThemBack() throws Exception {
    Path file = dir.resolve("claims.parquet");
    try (ParquetTable t = ParquetTable.create(file, "claim", COLUMNS)) {
      t.row(Arrays.asList(1L, "RUS", 0.75, true));
      t.row(Arrays.asList(2L, null, null, false));
      t.row(Arrays.asList(3L, "Україна", 0.2, null));
      assertThat(t.rows()).isEqualTo(3);
    }

    try (ParquetFileReader r =
        ParquetFileReader.open(
            new LocalInputFile(file),
            ParquetReadOptions.builder(new PlainParquetConfiguration()).build())) {
      MessageType schema = r.getFooter().getFileMetaData().getSchema();
      assertThat(r.getRecordCount()).isEqualTo(3);
      assertThat(schema.getFields())
          .extracting(f -> f.getName())
          .containsExactly("entry", "holder", "share", "named");
      PageReadStore pages = r.readNextRowGroup();
      RecordReader<Group> rows =
          new ColumnIOFactory()
              .getColumnIO(schema)
              .getRecordReader(pages, new GroupRecordConverter(schema));
      Group first = rows.read();
      Group second = rows.read();
      Group third = rows.read();
      assertThat(first.getLong("entry", 0)).isEqualTo(1);
      assertThat(first.getString("holder", 0)).isEqualTo("RUS");
      assertThat(first.getDouble("share", 0)).isEqualTo(0.75);
      assertThat(first.getBoolean("named", 0)).isTrue();
      assertThat(second.getFieldRepetitionCount("holder")).isZero();
      assertThat(third.getString("holder", 0)).isEqualTo("Україна");
    }
  }

  @Test
  void aRowOfTheWrongWidthIsRefused() {
    try (ParquetTable t = ParquetTable.create(dir.resolve("x.parquet"), "claim", COLUMNS)) {
      assertThatThrownBy(() -> t.row(List.of(1L)))
          .hasMessageContaining("a row has 1 values for 4 columns");
    }
  }
}
