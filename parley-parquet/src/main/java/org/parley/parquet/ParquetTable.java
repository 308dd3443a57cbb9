package org.parley.parquet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.parquet.conf.ParquetConfiguration;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.io.OutputFile;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.RecordConsumer;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Types;
import org.jspecify.annotations.Nullable;

/**
 * Writes a flat table to a Parquet file: every column optional, strings as UTF-8, numbers and
 * booleans as themselves (a value of another type is written as its text in a string column, and
 * refused in the others). Pages are uncompressed: the codecs need Hadoop at run time, which Parley
 * does not ship. Not thread-safe; close it to finish the file.
 */
public final class ParquetTable implements AutoCloseable {
  private final ParquetWriter<List<? extends @Nullable Object>> writer;
  private long rows;

  private ParquetTable(ParquetWriter<List<? extends @Nullable Object>> writer) {
    this.writer = writer;
  }

  /** Starts {@code file} (replacing it) with these columns, in order. */
  public static ParquetTable create(Path file, String name, List<Column> columns) {
    MessageType schema = schema(name, columns);
    try {
      Files.deleteIfExists(file);
      return new ParquetTable(
          new Builder(new LocalOutputFile(file), schema, columns)
              .withConf(new PlainParquetConfiguration())
              .withWriteMode(ParquetFileWriter.Mode.OVERWRITE)
              .withCompressionCodec(CompressionCodecName.UNCOMPRESSED)
              .withDictionaryEncoding(true)
              .build());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  /** Writes one row: one value (or null) per column. */
  public void row(List<? extends @Nullable Object> values) {
    try {
      writer.write(values);
      rows++;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write a Parquet row", e);
    }
  }

  public long rows() {
    return rows;
  }

  @Override
  public void close() {
    try {
      writer.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot finish the Parquet file", e);
    }
  }

  private static MessageType schema(String name, List<Column> columns) {
    Types.MessageTypeBuilder b = Types.buildMessage();
    for (Column c : columns) {
      switch (c.type()) {
        case STRING ->
            b.optional(PrimitiveTypeName.BINARY)
                .as(LogicalTypeAnnotation.stringType())
                .named(c.name());
        case LONG -> b.optional(PrimitiveTypeName.INT64).named(c.name());
        case DOUBLE -> b.optional(PrimitiveTypeName.DOUBLE).named(c.name());
        case BOOLEAN -> b.optional(PrimitiveTypeName.BOOLEAN).named(c.name());
      }
    }
    return b.named(name);
  }

  /** Writes rows as records of the schema, skipping null values (optional fields). */
  private static final class RowSupport extends WriteSupport<List<? extends @Nullable Object>> {
    private final MessageType schema;
    private final List<Column> columns;
    private @Nullable RecordConsumer out;

    RowSupport(MessageType schema, List<Column> columns) {
      this.schema = schema;
      this.columns = columns;
    }

    @Override
    public WriteContext init(ParquetConfiguration configuration) {
      return new WriteContext(schema, Map.of());
    }

    @Override
    public WriteContext init(org.apache.hadoop.conf.Configuration configuration) {
      return new WriteContext(schema, Map.of());
    }

    @Override
    public void prepareForWrite(RecordConsumer consumer) {
      out = consumer;
    }

    @Override
    public void write(List<? extends @Nullable Object> row) {
      if (row.size() != columns.size()) {
        throw new IllegalArgumentException(
            "a row has %d values for %d columns".formatted(row.size(), columns.size()));
      }
      RecordConsumer o = java.util.Objects.requireNonNull(out);
      o.startMessage();
      for (int i = 0; i < columns.size(); i++) {
        Object v = row.get(i);
        if (v != null) {
          Column c = columns.get(i);
          o.startField(c.name(), i);
          value(o, c, v);
          o.endField(c.name(), i);
        }
      }
      o.endMessage();
    }

    private static void value(RecordConsumer o, Column c, Object v) {
      switch (c.type()) {
        case STRING -> o.addBinary(Binary.fromString(v.toString()));
        case LONG -> o.addLong(((Number) v).longValue());
        case DOUBLE -> o.addDouble(((Number) v).doubleValue());
        case BOOLEAN -> o.addBoolean((Boolean) v);
      }
    }
  }

  private static final class Builder
      extends ParquetWriter.Builder<List<? extends @Nullable Object>, Builder> {
    private final MessageType schema;
    private final List<Column> columns;

    Builder(OutputFile file, MessageType schema, List<Column> columns) {
      super(file);
      this.schema = schema;
      this.columns = List.copyOf(columns);
    }

    @Override
    protected Builder self() {
      return this;
    }

    @Override
    protected WriteSupport<List<? extends @Nullable Object>> getWriteSupport(
        ParquetConfiguration conf) {
      return new RowSupport(schema, columns);
    }

    @Override
    protected WriteSupport<List<? extends @Nullable Object>> getWriteSupport(
        org.apache.hadoop.conf.Configuration conf) {
      return new RowSupport(schema, columns);
    }
  }
}
