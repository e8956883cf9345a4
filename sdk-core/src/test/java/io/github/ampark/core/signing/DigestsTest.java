package io.github.ampark.core.signing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DigestsTest {
  @Test
  void md5MatchesKnownVectorsInBothCases() {
    assertThat(Digests.md5Hex("abc", HexCase.UPPER)).isEqualTo("900150983CD24FB0D6963F7D28E17F72");
    assertThat(Digests.md5Hex("abc", HexCase.LOWER)).isEqualTo("900150983cd24fb0d6963f7d28e17f72");
    assertThat(Digests.md5Hex("", HexCase.LOWER)).isEqualTo("d41d8cd98f00b204e9800998ecf8427e");
  }

  @Test
  void twoArraysAreHashedAsIfJoinedAndEachCallStartsFromAFreshDigest() {
    byte[] first = "a".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    byte[] second = "bc".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    assertThat(Digests.md5Hex(first, second, HexCase.UPPER)).isEqualTo("900150983CD24FB0D6963F7D28E17F72");
    assertThat(Digests.md5Hex(first, second, HexCase.UPPER)).isEqualTo("900150983CD24FB0D6963F7D28E17F72");
    assertThat(Digests.md5Hex("abc".getBytes(java.nio.charset.StandardCharsets.US_ASCII), HexCase.LOWER))
        .isEqualTo("900150983cd24fb0d6963f7d28e17f72");
    assertThat(Digests.md5Hex(new byte[0], new byte[0], HexCase.LOWER)).isEqualTo("d41d8cd98f00b204e9800998ecf8427e");
  }

  @Test
  void textIsHashedAsUtf8WhateverThePlatformCharset() {
    // MD5 of the UTF-8 bytes E4 B8 AD ("中"), as printf 中 | md5sum gives it
    assertThat(Digests.md5Hex("中", HexCase.LOWER)).isEqualTo("aed1dfbc31703955e64806b799b67645");
  }

  @Test
  void textIsHashedAsExactlyTheBytesStringGetBytesGivesAcrossChunkBoundaries() throws Exception {
    // 1-, 2-, 3- and 4-byte characters, lone surrogates (getBytes writes '?'), long enough to span
    // several encoding chunks, with each character kind landing on a chunk edge somewhere
    String[] pieces = {"a", "\u00e9", "\u4e2d", "\ud83d\ude00", "\ud83d", "\ude00x", "\uffff"};
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 700; i++) {
      sb.append(pieces[(i * 7 + i / 3) % pieces.length]);
      String text = sb.toString();
      java.security.MessageDigest md = java.security.MessageDigest.getInstance("MD5");
      byte[] expected = md.digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      assertThat(Digests.md5Hex(text, HexCase.LOWER))
          .as("length %d", text.length())
          .isEqualTo(String.format("%032x", new java.math.BigInteger(1, expected)));
      assertThat(Digests.md5Hex(new StringBuilder(text), HexCase.LOWER))
          .isEqualTo(String.format("%032x", new java.math.BigInteger(1, expected)));
    }
    // a lone high surrogate at the very end
    assertThat(Digests.md5Hex("a\ud83d", HexCase.UPPER)).isEqualTo(Digests.md5Hex("a?", HexCase.UPPER));
  }

  @Test
  void sha256AndHmacMatchRfcVectors() {
    assertThat(Digests.sha256Hex("abc", HexCase.LOWER))
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    // RFC 4231 test case 2
    assertThat(Digests.hmacSha256Hex("Jefe", "what do ya want for nothing?", HexCase.LOWER))
        .isEqualTo("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
  }
}
