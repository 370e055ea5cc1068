package io.serval.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The page-text checks of the all-pages browser test find what they should, and nothing in user data. */
class UiTextsTest {

    private final UiTexts texts = UiTexts.of(
            Map.of("action.save", "Save", "agreement.status.DRAFT", "Draft", "nav.api", "API",
                    "list.pageOf", "Page {0} of {1} ({2} in all)", "unit.hours", "{0} h",
                    "calendar.name", "Name", "yes", "yes"),
            Map.of("action.save", "保存", "agreement.status.DRAFT", "草稿", "nav.api", "API",
                    "list.pageOf", "第 {0} / {1} 页（共 {2} 条）", "unit.hours", "{0} 小时",
                    "calendar.name", "名称 (Name)", "yes", "是"))
            .withData(List.of("Save the whales", "王敏 Wang Min", "Draft"));

    @Test
    void englishOnlyLabelsAreTheLongEnglishTextsNotSharedWithChinese() {
        // Save, Draft, Page, in all; not API (same in both), h (too short), Name (inside a Chinese text), yes (short)
        assertThat(texts.labelCount()).isEqualTo(4);
    }

    @Test
    void aRawKeyIsFoundInEitherFormButNotAnAddressOrAnUnknownNamespace() {
        assertThat(texts.problems("en", "Status: ??agreement.status.X_en_US??"))
                .containsExactly("raw message key ??agreement.status.X_en_US??");
        assertThat(texts.problems("en", "Status: agreement.status.X.")).singleElement().asString()
                .startsWith("raw message key agreement.status.X in");
        assertThat(texts.problems("en", "Mail alice@nav.example or see catalog.example.com/nav.home, e.g. x.y"))
                .isEmpty();
    }

    @Test
    void aChinesePageMayNotShowAnEnglishLabelUnlessItIsUserData() {
        assertThat(texts.problems("zh", "草稿 保存 Save")).singleElement().asString()
                .startsWith("English label \"Save\" (action.save)");
        assertThat(texts.problems("zh", "第 2 / 3 页 Page 2 of 3 (30 in all)"))
                .anyMatch(p -> p.startsWith("English label \"Page\"")).anyMatch(p -> p.startsWith("English label \"in all\""));
        assertThat(texts.problems("zh", "保存 Save the whales · Draft · Saved · Drafts · 名称 (Name) · 4 h · API"))
                .isEmpty();
    }

    @Test
    void anEnglishPageMayNotShowChineseUnlessItIsUserDataOrTheLanguageSwitch() {
        assertThat(texts.problems("en", "Save · 王敏 Wang Min · 简体中文 · English")).isEmpty();
        assertThat(texts.problems("en", "Save 保存 Draft")).singleElement().asString()
                .startsWith("Chinese text \"保存\"");
        assertThat(texts.problems("en", "Page 1 of 2（20 in all）"))
                .anyMatch(p -> p.startsWith("Chinese text \"（\""));
    }
}
