package org.parley.server.http;

import org.jspecify.annotations.Nullable;

/**
 * An error the API answers with an RFC 9457 problem document: its HTTP status, a short type slug
 * ({@code bad-parameter}, {@code not-found}, …), a title, the detail for this occurrence and, for a
 * bad parameter, the parameter's name.
 */
public final class ApiProblem extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String type;
  private final String title;
  private final @Nullable String parameter;

  public ApiProblem(
      int status, String type, String title, String detail, @Nullable String parameter) {
    super(detail);
    this.status = status;
    this.type = type;
    this.title = title;
    this.parameter = parameter;
  }

  /** A 400 for the query or path parameter {@code name}. */
  public static ApiProblem badParameter(String name, String detail) {
    return new ApiProblem(400, "bad-parameter", "Bad parameter", detail, name);
  }

  /** A 404 for a resource that the ledger does not hold as of the instant read. */
  public static ApiProblem notFound(String detail) {
    return new ApiProblem(404, "not-found", "Not found", detail, null);
  }

  public int status() {
    return status;
  }

  public String type() {
    return type;
  }

  public String title() {
    return title;
  }

  public @Nullable String parameter() {
    return parameter;
  }
}
