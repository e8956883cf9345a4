package io.github.ampark.wikeyun;

import static io.github.ampark.wikeyun.Wire.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ampark.core.ApiException;
import io.github.ampark.core.testing.MockServerTest;
import io.github.ampark.wikeyun.model.Acknowledgement;
import io.github.ampark.wikeyun.model.AddCardRequest;
import io.github.ampark.wikeyun.model.Card;
import io.github.ampark.wikeyun.model.CardInfoRequest;
import io.github.ampark.wikeyun.model.DeleteCardRequest;
import io.github.ampark.wikeyun.model.EditCardRequest;
import io.github.ampark.wikeyun.model.GridType;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/** addCard, editCard, delCard and cardInfo: exact requests and decoded answers. */
class CardEndpointsTest extends MockServerTest<WikeyunClient> {
  @Override
  protected WikeyunClient newClient(MockWebServer server) {
    return client(server).build();
  }

  @Test
  void addCardSendsTheStoreAndCardAndDecodesTheNewCard() throws Exception {
    server.enqueue(ok("{\"id\":\"67890\",\"card_num\":\"0123456789\",\"store_id\":\"12345\",\"create_time\":1700000000,"
        + "\"type\":0,\"cms_uid\":42,\"province\":\"江苏省\",\"city\":\"南京市\",\"remark\":\"lobby\",\"extra\":\"ignored\"}"));
    Card card = client.power().addCard(AddCardRequest.builder().cardNum("0123456789").province("江苏省").city("南京市")
        .remark("lobby").build());

    RecordedRequest r = take(server);
    assertSigned(r, "/rest/Power/addCard");
    assertThat(body(r)).isEqualTo("store_id=12345&card_num=0123456789&province=%E6%B1%9F%E8%8B%8F%E7%9C%81"
        + "&city=%E5%8D%97%E4%BA%AC%E5%B8%82&type=0&remark=lobby");
    assertThat(card.id()).isEqualTo(67890L);
    assertThat(card.cardNum()).isEqualTo("0123456789");
    assertThat(card.storeId()).isEqualTo("12345");
    assertThat(card.gridType()).isEqualTo(GridType.STATE_GRID);
    assertThat(card.createdAt()).isEqualTo(Instant.ofEpochSecond(1700000000));
    assertThat(card.cmsUid()).isEqualTo(42L);
    assertThat(card.province()).isEqualTo("江苏省");
    assertThat(card.city()).isEqualTo("南京市");
    assertThat(card.remark()).isEqualTo("lobby");
  }

  @Test
  void southernGridCardsCarryUserExt() throws Exception {
    server.enqueue(ok("{\"id\":67891,\"card_num\":\"9\",\"type\":\"1\",\"create_time\":\"1700000000\"}"));
    Card card = client.power().addCard(AddCardRequest.builder().cardNum("9").province("广东省").city("广州市")
        .gridType(GridType.SOUTHERN_GRID).userExt("12345X").build());
    RecordedRequest r = take(server);
    assertThat(signedParams(r)).containsEntry("type", "1").containsEntry("user_ext", "12345X");
    assertThat(card.gridType()).isEqualTo(GridType.SOUTHERN_GRID);
    assertThat(card.createdAt()).isEqualTo(Instant.ofEpochSecond(1700000000));
  }

  @Test
  void editCardSendsCardIdAndReturnsTheStringData() throws Exception {
    server.enqueue(io.github.ampark.core.testing.MockServers.json("{\"code\":\"0000\",\"msg\":\"编辑成功\",\"time\":\"1700000005\",\"data\":\"ok\"}"));
    Acknowledgement ack = client.power().editCard(EditCardRequest.builder().cardId(67890).cardNum("0123456789")
        .province("江苏省").city("苏州市").build());
    RecordedRequest r = take(server);
    assertSigned(r, "/rest/Power/editCard");
    assertThat(body(r)).isEqualTo("card_id=67890&card_num=0123456789&province=%E6%B1%9F%E8%8B%8F%E7%9C%81"
        + "&city=%E8%8B%8F%E5%B7%9E%E5%B8%82&type=0");
    assertThat(ack.message()).isEqualTo("编辑成功");
    assertThat(ack.detail()).isEqualTo("ok");
    assertThat(ack.serverTime()).isEqualTo(Instant.ofEpochSecond(1700000005));
  }

  @Test
  void deleteCardPostsToDelCard() throws Exception {
    server.enqueue(io.github.ampark.core.testing.MockServers.json("{\"code\":\"0000\",\"msg\":\"删除成功\",\"data\":null}"));
    Acknowledgement ack = client.power().deleteCard(DeleteCardRequest.of(67890));
    RecordedRequest r = take(server);
    assertSigned(r, "/rest/Power/delCard");
    assertThat(body(r)).isEqualTo("card_id=67890");
    assertThat(ack.message()).isEqualTo("删除成功");
    assertThat(ack.detail()).isNull();
    assertThat(ack.serverTime()).isNull();
  }

  @Test
  void cardInfoDecodesTheCardWithoutOptionalFields() throws Exception {
    server.enqueue(ok("{\"id\":\"67890\",\"card_num\":\"0123456789\",\"province\":\"江苏省\",\"city\":\"南京市\","
        + "\"store_id\":\"12345\",\"type\":7,\"remark\":\"\"}"));
    Card card = client.power().cardInfo(CardInfoRequest.of(67890));
    assertSigned(take(server), "/rest/Power/cardInfo");
    assertThat(card.gridType()).isEqualTo(GridType.UNKNOWN);
    assertThat(card.gridTypeCode()).isEqualTo("7");
    assertThat(card.createdAt()).isNull();
    assertThat(card.cmsUid()).isNull();
  }

  @Test
  void asyncVariantsSendTheSameRequests() throws Exception {
    server.enqueue(ok("{\"id\":\"1\",\"card_num\":\"0\"}"));
    server.enqueue(io.github.ampark.core.testing.MockServers.json("{\"code\":\"0000\",\"msg\":\"编辑成功\",\"data\":\"\"}"));
    server.enqueue(io.github.ampark.core.testing.MockServers.json("{\"code\":\"0000\",\"msg\":\"删除成功\",\"data\":\"\"}"));
    server.enqueue(ok("{\"id\":\"1\",\"card_num\":\"0\"}"));
    assertThat(client.power().addCardAsync(AddCardRequest.builder().cardNum("0").province("江苏省").city("南京市").build())
        .get(5, TimeUnit.SECONDS).id()).isEqualTo(1L);
    assertThat(client.power().editCardAsync(EditCardRequest.builder().cardId(1).cardNum("0").province("江苏省")
        .city("南京市").build()).get(5, TimeUnit.SECONDS).message()).isEqualTo("编辑成功");
    assertThat(client.power().deleteCardAsync(DeleteCardRequest.of(1)).get(5, TimeUnit.SECONDS).message())
        .contains("删除成功");
    assertThat(client.power().cardInfoAsync(CardInfoRequest.of(1)).get(5, TimeUnit.SECONDS).cardNum()).isEqualTo("0");
    assertSigned(take(server), "/rest/Power/addCard");
    assertSigned(take(server), "/rest/Power/editCard");
    assertSigned(take(server), "/rest/Power/delCard");
    assertSigned(take(server), "/rest/Power/cardInfo");
  }

  @Test
  void aRefusedCardIsAnApiExceptionWithTheVendorCode() {
    server.enqueue(error("2003", "充值卡不存在"));
    assertThatThrownBy(() -> client.power().cardInfo(CardInfoRequest.of(5)))
        .isInstanceOfSatisfying(ApiException.class, e -> {
          assertThat(e.vendorCode()).isEqualTo("2003");
          assertThat(e.vendorMessage()).isEqualTo("充值卡不存在");
          assertThat(e.operation()).isEqualTo("cardInfo");
        });
  }

  @Test
  void cardCallsThatSendNoStoreWorkOnAClientWithoutOneAndTheOthersNameTheField() throws Exception {
    try (WikeyunClient storeless = WikeyunClient.builder().credentials(APP_KEY, SECRET).clientIp(IP).clock(FIXED)
        .baseUrl(io.github.ampark.core.testing.MockServers.baseUrl(server)).build()) {
      server.enqueue(ok("{\"id\":\"67890\",\"card_num\":\"0\"}"));
      server.enqueue(io.github.ampark.core.testing.MockServers.json("{\"code\":\"0000\",\"msg\":\"编辑成功\",\"data\":\"ok\"}"));
      storeless.power().cardInfo(CardInfoRequest.of(67890));
      storeless.power().editCard(EditCardRequest.builder().cardId(67890).cardNum("0").province("江苏省").city("南京市").build());
      assertThat(body(take(server))).isEqualTo("card_id=67890");
      assertThat(body(take(server))).startsWith("card_id=67890&card_num=0");
      assertThatThrownBy(() -> storeless.power().addCard(AddCardRequest.builder().cardNum("0").province("江苏省").city("南京市").build()))
          .isInstanceOfSatisfying(io.github.ampark.core.ValidationException.class, e -> assertThat(e.field()).isEqualTo("storeId"));
      assertThatThrownBy(() -> storeless.power().queryOrderAsync(io.github.ampark.wikeyun.model.QueryOrderRequest.byOrderNo("T1")))
          .isInstanceOfSatisfying(io.github.ampark.core.ValidationException.class, e -> assertThat(e.field()).isEqualTo("storeId"));
      assertThat(server.getRequestCount()).isEqualTo(2);
    }
  }

  @Test
  void anUnknownGridTypeCodeAndExtraFieldsAreSentAsGivenAndSigned() throws Exception {
    server.enqueue(ok("{\"id\":\"1\",\"card_num\":\"0\",\"type\":\"2\"}"));
    AddCardRequest request = AddCardRequest.builder().cardNum("0").province("江苏省").city("南京市").gridTypeCode("2")
        .putExtraFields("user_tag", "vip").build();
    assertThat(request.gridType()).isEqualTo(GridType.UNKNOWN);
    Card card = client.power().addCard(request);
    RecordedRequest r = take(server);
    assertSigned(r, "/rest/Power/addCard");
    assertThat(body(r)).endsWith("&type=2&user_tag=vip");
    assertThat(card.gridTypeCode()).isEqualTo("2");
  }
}
