package dev.mom.examples.cli;

import picocli.CommandLine.IVersionProvider;

/**
 * The version {@code mom --version} prints: the {@code Implementation-Version} of the jar's manifest, or
 * {@code development} when the classes do not come from a jar (an IDE, the build's test run).
 */
final class ManifestVersion implements IVersionProvider {

  @Override
  public String[] getVersion() {
    return new String[] {"mom " + version()};
  }

  /**
   * The version of the running tool.
   *
   * @return the manifest's {@code Implementation-Version}, or {@code development}
   */
  static String version() {
    String version = MomCommand.class.getPackage().getImplementationVersion();
    return version == null || version.isBlank() ? "development" : version;
  }
}
