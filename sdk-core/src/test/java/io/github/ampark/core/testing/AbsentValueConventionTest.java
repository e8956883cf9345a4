package io.github.ampark.core.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ampark.core.Nullable;
import io.github.ampark.core.testing.internal.InternalAccessors;
import io.github.ampark.core.testing.spi.SpiLookups;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/**
 * What {@link AbsentValues} accepts and what it reports (the check every published module runs).
 * Public, so that its nested fixtures count as public API when the check scans target/test-classes.
 */
public class AbsentValueConventionTest {

  /** Follows the convention: a nullable accessor, an Optional lookup, plain methods. */
  public abstract static class Conforming {
    @Nullable
    public abstract String notifyUrl();

    public abstract Optional<String> order(String id);

    public abstract String name();

    @Nullable
    public static Conforming current() {
      return null;
    }

    /** Null in, null out: passes a value through, looks nothing up. */
    @Nullable
    public static String clip(@Nullable String value, int limit) {
      return value;
    }

    /** Null in, null out: a static conversion of an open code. */
    @Nullable
    public static Integer fromCode(@Nullable String code) {
      return code == null ? null : code.length();
    }
  }

  /** Breaks it in both ways. */
  public abstract static class Breaking {
    public abstract Optional<String> existingOrder();

    public abstract OptionalLong startFeeFen();

    @Nullable
    public abstract String card(long id);

    /** A lookup, even though its argument may be null: not a static conversion nor a pass-through. */
    @Nullable
    public abstract Integer text(@Nullable String name);

    public abstract Optional<String> port(int n);
  }

  /** Hidden supertype (like an Immutables builder's): its public methods count for the public subtype. */
  abstract static class HiddenBase {
    public Optional<String> qrCode() {
      return Optional.empty();
    }
  }

  /** Inherits a breaking accessor from a hidden base. */
  public static class InheritsFromHidden extends HiddenBase {}

  @Test
  void aPublicApiWithNullableAccessorsAndOptionalLookupsPasses() {
    assertThat(AbsentValues.violations(Collections.<Class<?>>singletonList(Conforming.class))).isEmpty();
  }

  @Test
  void aZeroArgumentAccessorReturningAnyOptionalIsReported() {
    List<String> found = AbsentValues.violations(Collections.<Class<?>>singletonList(Breaking.class));
    assertThat(found).anySatisfy(v -> assertThat(v).startsWith(
        "AbsentValueConventionTest.Breaking.existingOrder() returns java.util.Optional<java.lang.String>"));
    assertThat(found).anySatisfy(v -> assertThat(v).startsWith(
        "AbsentValueConventionTest.Breaking.startFeeFen() returns java.util.OptionalLong"));
  }

  @Test
  void aLookupWithParametersMarkedNullableIsReported() {
    List<String> found = AbsentValues.violations(Collections.<Class<?>>singletonList(Breaking.class));
    assertThat(found).anySatisfy(v -> assertThat(v).startsWith("AbsentValueConventionTest.Breaking.card(long) is @Nullable"));
    assertThat(found).as("a lookup returning Optional is fine").noneMatch(v -> v.contains(".port("));
    assertThat(found).anySatisfy(v -> assertThat(v).startsWith("AbsentValueConventionTest.Breaking.text(java.lang.String) is @Nullable"));
    assertThat(found).hasSize(4);
  }

  @Test
  void anAccessorInheritedFromAHiddenSupertypeIsReportedOnThePublicType() {
    assertThat(AbsentValues.violations(Collections.<Class<?>>singletonList(InheritsFromHidden.class)))
        .singleElement().asString()
        .startsWith("AbsentValueConventionTest.InheritsFromHidden.qrCode() returns java.util.Optional");
  }

  @Test
  void aMethodListedAsPendingIsToleratedUntilItIsFixedAndThenMustLeaveTheList() {
    Path classes = Paths.get("target", "test-classes");
    String[] all = AbsentValues.violations(ApiListing.publicTypes(classes)).stream()
        .map(v -> v.substring(0, v.indexOf(')') + 1)).toArray(String[]::new);
    AbsentValues.assertConvention(classes, all);
    String[] stale = Arrays.copyOf(all, all.length + 1);
    stale[all.length] = "AbsentValueConventionTest.Conforming.order(java.lang.String)";
    assertThatThrownBy(() -> AbsentValues.assertConvention(classes, stale))
        .hasMessageContaining("no longer break").hasMessageContaining("Conforming.order(java.lang.String)");
  }

  /** The same shape as {@link SpiLookups}, in a user package: a @Nullable lookup. */
  public abstract static class UserLookups {
    @Nullable
    public abstract String text(String name);
  }

  @Test
  void aNullableLookupIsAllowedInAnSpiPackageButNotInAUserPackage() {
    assertThat(AbsentValues.violations(Collections.<Class<?>>singletonList(SpiLookups.class))).isEmpty();
    assertThat(AbsentValues.violations(Collections.<Class<?>>singletonList(UserLookups.class)))
        .singleElement().asString()
        .startsWith("AbsentValueConventionTest.UserLookups.text(java.lang.String) is @Nullable");
  }

  @Test
  void typesInInternalPackagesAreExempt() {
    assertThat(AbsentValues.violations(Arrays.<Class<?>>asList(InternalAccessors.class))).isEmpty();
  }

  @Test
  void theModuleCheckFailsNamingEveryOffenderInTheCompiledClasses() {
    // target/test-classes holds the fixtures above: the check a module runs on target/classes must fail on them.
    assertThatThrownBy(() -> AbsentValues.assertConvention(Paths.get("target", "test-classes")))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Breaking.existingOrder()")
        .hasMessageContaining("Breaking.card(long) is @Nullable")
        .hasMessageContaining("InheritsFromHidden.qrCode()")
        .hasMessageNotContaining("Conforming")
        .hasMessageNotContaining("InternalAccessors")
        .hasMessageNotContaining("SpiLookups");
  }

  @Test
  void nullableIsKeptAtRunTimeSoTheCheckCanSeeIt() {
    assertThat(Nullable.class.getAnnotation(Retention.class).value()).isEqualTo(RetentionPolicy.RUNTIME);
  }
}
