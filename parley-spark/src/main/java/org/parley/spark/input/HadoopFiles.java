package org.parley.spark.input;

import java.io.IOException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.parley.ingest.source.ReadLimits;
import org.parley.ingest.source.SourceInput;

/**
 * The driver's Hadoop settings, carried to the executors (a Hadoop {@code Configuration} is not
 * serializable), and the one way the job opens a listed file there: as a {@link SourceInput} whose
 * opener streams it from its file system, so that Parley's readers read it as they read a local
 * file. Immutable.
 */
public final class HadoopFiles implements Serializable {
  private static final long serialVersionUID = 1L;

  private final HashMap<String, String> settings;

  private HadoopFiles(HashMap<String, String> settings) {
    this.settings = settings;
  }

  /** The settings of {@code conf}, as they stand. */
  public static HadoopFiles of(Configuration conf) {
    HashMap<String, String> copy = new HashMap<>();
    for (Map.Entry<String, String> e : conf) {
      copy.put(e.getKey(), e.getValue());
    }
    return new HadoopFiles(copy);
  }

  /**
   * The listed file as an input Parley's readers read within {@code limits}; opening it is deferred
   * to the reader.
   */
  public SourceInput input(Listed.File file, ReadLimits limits) throws IOException {
    Path path = new Path(file.uri());
    FileSystem fs = path.getFileSystem(configuration());
    return new SourceInput(
        file.name(), SourceInput.stemOf(file.name()), () -> fs.open(path), limits);
  }

  private Configuration configuration() {
    Configuration conf = new Configuration(false);
    settings.forEach(conf::set);
    return conf;
  }
}
