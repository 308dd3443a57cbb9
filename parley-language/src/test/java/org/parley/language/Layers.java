package org.parley.language;

/** The one language layer the tests share (loading models takes a second). */
public final class Layers {
  private static final LanguageLayer LAYER = LanguageLayer.loadDefault();

  private Layers() {}

  public static LanguageLayer shared() {
    return LAYER;
  }
}
