package brief.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EntityGrouperTest {

    private final EntityGrouper grouper = new EntityGrouper(Gazetteer.standard());

    private List<Entity> entities(String text) {
        return grouper.group(EntityExtractorTest.extract(text));
    }

    @Test
    void oneFirmUnderSeveralNamesIsOneEntityWithAllAliases() {
        List<Entity> es = entities("대만의 폭스콘(Foxconn)은 미쓰비시자동차와 협력한다. 폭스콘은 이미, Foxconn이 주도하는 MIH");
        assertEquals(List.of("Foxconn", "Mitsubishi Motors"), es.stream().map(Entity::name).toList());
        Entity foxconn = es.get(0);
        assertEquals(Optional.of("TW"), foxconn.country());
        assertEquals(4, foxconn.mentions().size());
        assertTrue(foxconn.aliases().containsAll(List.of("폭스콘", "홍하이", "훙하이", "Hon Hai", "鴻海")), foxconn.aliases().toString());
        assertTrue(!foxconn.aliases().contains("Foxconn"), "the name is not repeated as an alias");
    }

    @Test
    void unknownFirmIsNamedByItsLatinName() {
        List<Entity> es = entities("한울반도체(Hanul Semiconductor)는 한울반도체 공장을");
        assertEquals(1, es.size());
        assertEquals("Hanul Semiconductor", es.get(0).name());
        assertEquals(List.of("한울반도체"), es.get(0).aliases());
        assertEquals(3, es.get(0).mentions().size());
    }

    @Test
    void governmentIsAnOrganizationOfKindGovernment() {
        Entity gov = entities("일본 정부는 보조금을 늘렸고 일본정부 보조금은").get(0);
        assertEquals(EntityKind.ORGANIZATION, gov.kind());
        assertEquals("일본 정부", gov.name());
        assertEquals("government", gov.orgKind());
        assertEquals(2, gov.mentions().size());
        assertTrue(gov.aliases().contains("Government of Japan"));
    }
}
