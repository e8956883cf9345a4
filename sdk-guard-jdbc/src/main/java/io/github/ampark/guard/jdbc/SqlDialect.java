package io.github.ampark.guard.jdbc;

/**
 * How the guard writes "insert this key unless it is there". Everything else it sends is plain SQL
 * (SELECT, UPDATE and DELETE on the primary key with compare-and-set conditions).
 */
public enum SqlDialect {
  /**
   * {@code INSERT … ON CONFLICT (event_key) DO NOTHING}: PostgreSQL 9.5+ (and compatible servers).
   * A duplicate costs no error on the server, so PostgreSQL's log stays quiet.
   */
  POSTGRESQL,
  /**
   * A plain {@code INSERT}; a duplicate is recognised by the integrity-constraint SQLState class
   * {@code 23} the standard gives every driver. For any other database with a primary key.
   */
  STANDARD;

  /**
   * The dialect for a database product name as JDBC reports it: {@link #POSTGRESQL} for {@code
   * PostgreSQL}, else {@link #STANDARD}.
   *
   * @param databaseProductName {@code DatabaseMetaData.getDatabaseProductName()}
   * @return the dialect
   */
  public static SqlDialect forProductName(String databaseProductName) {
    return "PostgreSQL".equalsIgnoreCase(databaseProductName) ? POSTGRESQL : STANDARD;
  }
}
