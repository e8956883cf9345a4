package io.github.ampark.spring.internal;

import io.github.ampark.core.callback.DuplicateGuard;
import io.github.ampark.guard.jdbc.JdbcDuplicateGuard;
import io.github.ampark.guard.redis.RedisDuplicateGuard;
import io.github.ampark.spring.AmparkProperties;
import io.github.ampark.spring.AmparkProperties.GuardType;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Locale;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ConfigurationCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** The guard choices of {@link io.github.ampark.spring.AmparkAutoConfiguration}, tried in order. */
public final class GuardConfigurations {
  private static final Logger LOG = LoggerFactory.getLogger(GuardConfigurations.class);

  private GuardConfigurations() {}

  static GuardType type(ConditionContext context) {
    String t = context.getEnvironment().getProperty("ampark.guard.type", "auto").trim().toUpperCase(Locale.ROOT);
    try {
      return GuardType.valueOf(t);
    } catch (IllegalArgumentException e) {
      return GuardType.AUTO; // binding AmparkProperties reports the bad value
    }
  }

  static boolean hasBean(ConditionContext context, String type) {
    try {
      Class<?> c = Class.forName(type, false, context.getClassLoader());
      return context.getBeanFactory() != null && context.getBeanFactory().getBeanNamesForType(c, true, false).length > 0;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }

  /** Redis wanted (AUTO or REDIS) and configured (a URL or a RedisClient bean). */
  static final class RedisConfigured implements ConfigurationCondition {
    @Override
    public ConfigurationPhase getConfigurationPhase() {
      return ConfigurationPhase.REGISTER_BEAN; // after the other auto-configurations' beans are registered
    }

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
      GuardType t = type(context);
      return (t == GuardType.AUTO || t == GuardType.REDIS)
          && (org.springframework.util.StringUtils.hasText(context.getEnvironment().getProperty("ampark.guard.redis.url"))
              || hasBean(context, "io.lettuce.core.RedisClient"));
    }
  }

  /** JDBC wanted (AUTO or JDBC) and a DataSource bean. */
  static final class JdbcConfigured implements ConfigurationCondition {
    @Override
    public ConfigurationPhase getConfigurationPhase() {
      return ConfigurationPhase.REGISTER_BEAN; // after the other auto-configurations' beans are registered
    }

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
      GuardType t = type(context);
      return (t == GuardType.AUTO || t == GuardType.JDBC) && hasBean(context, "javax.sql.DataSource");
    }
  }

  /** sdk-guard-redis through Lettuce. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = {"io.github.ampark.guard.redis.RedisDuplicateGuard", "io.lettuce.core.RedisClient"})
  @ConditionalOnMissingBean(DuplicateGuard.class)
  @Conditional(RedisConfigured.class)
  public static class Redis {
    /**
     * @param properties ampark.*
     * @param clients a RedisClient bean, if any
     * @return the guard and the connection it owns
     */
    @Bean
    public RedisGuard amparkDuplicateGuard(AmparkProperties properties, ObjectProvider<RedisClient> clients) {
      AmparkProperties.Guard g = properties.getGuard();
      String url = g.getRedis().getUrl();
      RedisClient own = null;
      RedisClient client;
      if (url != null && !url.isEmpty()) {
        client = own = RedisClient.create(url);
      } else {
        client = clients.getObject();
      }
      StatefulRedisConnection<String, String> connection = client.connect();
      RedisDuplicateGuard.Builder b = RedisDuplicateGuard.builder(connection)
          .keyPrefix(g.getRedis().getKeyPrefix()).lease(g.getLease()).retention(g.getRetention());
      if (g.getNodeName() != null) {
        b.nodeName(g.getNodeName());
      }
      RedisDuplicateGuard guard = b.build();
      LOG.info("Ampark callbacks share duplicate guard {}", guard);
      return new RedisGuard(guard, connection, own);
    }
  }

  /** The Redis guard with the connection (and client) it opened, closed at shutdown. */
  public static final class RedisGuard implements DuplicateGuard, DisposableBean {
    private final RedisDuplicateGuard guard;
    private final StatefulRedisConnection<String, String> connection;
    private final RedisClient own;

    RedisGuard(RedisDuplicateGuard guard, StatefulRedisConnection<String, String> connection, RedisClient own) {
      this.guard = guard;
      this.connection = connection;
      this.own = own;
    }

    @Override
    public Claim claim(String key) {
      return guard.claim(key);
    }

    @Override
    public void complete(String key) {
      guard.complete(key);
    }

    @Override
    public void release(String key) {
      guard.release(key);
    }

    @Override
    public <R> R once(String key, java.util.function.Supplier<R> work, java.util.function.Predicate<? super R> succeeded,
        java.util.function.Supplier<R> alreadyDone, java.util.function.Supplier<R> busy) {
      return guard.once(key, work, succeeded, alreadyDone, busy);
    }

    @Override
    public void destroy() {
      connection.close();
      if (own != null) {
        own.shutdown();
      }
    }

    @Override
    public String toString() {
      return guard.toString();
    }
  }

  /** sdk-guard-jdbc on the application's DataSource. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = "io.github.ampark.guard.jdbc.JdbcDuplicateGuard")
  @ConditionalOnMissingBean(DuplicateGuard.class)
  @Conditional(JdbcConfigured.class)
  public static class Jdbc {
    private static final Pattern TABLE = Pattern.compile("[A-Za-z_][A-Za-z0-9_.]{0,62}");

    /**
     * @param properties ampark.*
     * @param dataSource the application's DataSource
     * @return the guard
     * @throws Exception if the schema cannot be created
     */
    @Bean
    public DuplicateGuard amparkDuplicateGuard(AmparkProperties properties, DataSource dataSource) throws Exception {
      AmparkProperties.Guard g = properties.getGuard();
      String table = g.getJdbc().getTable();
      if (g.getJdbc().isInitializeSchema()) {
        if (!TABLE.matcher(table).matches()) {
          throw new IllegalStateException("ampark.guard.jdbc.table is not a plain table name");
        }
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
          st.execute(JdbcDuplicateGuard.ddl().replace(JdbcDuplicateGuard.DEFAULT_TABLE, table));
        }
      }
      JdbcDuplicateGuard.Builder b = JdbcDuplicateGuard.builder(dataSource).table(table)
          .lease(g.getLease()).retention(g.getRetention());
      if (g.getNodeName() != null) {
        b.nodeName(g.getNodeName());
      }
      JdbcDuplicateGuard guard = b.build();
      LOG.info("Ampark callbacks share duplicate guard {}", guard);
      return guard;
    }
  }

  /** The in-memory guard, unless the configuration asked for a shared one. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnMissingBean(DuplicateGuard.class)
  public static class Memory {
    /**
     * @param properties ampark.*
     * @return the in-memory guard
     */
    @Bean
    public DuplicateGuard amparkDuplicateGuard(AmparkProperties properties) {
      GuardType t = properties.getGuard().getType();
      if (t == GuardType.REDIS) {
        throw new IllegalStateException("ampark.guard.type=redis, but sdk-guard-redis (with Lettuce) is not on the"
            + " classpath or neither ampark.guard.redis.url nor a RedisClient bean is configured");
      }
      if (t == GuardType.JDBC) {
        throw new IllegalStateException(
            "ampark.guard.type=jdbc, but sdk-guard-jdbc is not on the classpath or there is no DataSource bean");
      }
      if (t == GuardType.AUTO) {
        LOG.warn("Ampark callbacks use the in-memory duplicate guard: with several instances a resend reaching"
            + " another instance is handled again. Add sdk-guard-redis or sdk-guard-jdbc (see docs/spring-boot.md).");
      }
      return DuplicateGuard.inMemory();
    }
  }

  /** Masks Ampark secrets in actuator's /env and /configprops even when values are shown. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = "org.springframework.boot.actuate.endpoint.SanitizingFunction")
  public static class Sanitizing {
    /** @return the function */
    @Bean
    public SanitizingFunction amparkSecretsSanitizer() {
      return data -> SecretKeys.isSecret(data.getKey()) ? data.withValue(SanitizableData.SANITIZED_VALUE) : data;
    }
  }
}
