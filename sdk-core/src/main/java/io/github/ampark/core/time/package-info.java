/** The vendors' wire time formats (epoch seconds or milliseconds, UTC ISO, Asia/Shanghai local). */
package io.github.ampark.core.time;
