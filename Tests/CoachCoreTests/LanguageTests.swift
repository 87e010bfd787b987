import Testing

@testable import CoachCore

@Suite("Language")
struct LanguageTests {
  @Test func lcAllBeatsLang() {
    #expect(Language.fromEnvironment(["LC_ALL": "en_US.UTF-8", "LANG": "nl_BE.UTF-8"]) == .en)
    #expect(Language.fromEnvironment(["LC_ALL": "nl_BE.UTF-8", "LANG": "en_US.UTF-8"]) == .nl)
  }

  @Test func lcMessagesBeatsLangButNotLcAll() {
    #expect(Language.fromEnvironment(["LC_MESSAGES": "nl_NL.UTF-8", "LANG": "en_GB.UTF-8"]) == .nl)
    #expect(
      Language.fromEnvironment(["LC_ALL": "C", "LC_MESSAGES": "nl_NL.UTF-8", "LANG": "nl_BE"])
        == .en)
  }

  @Test(arguments: ["nl_BE.UTF-8", "nl_NL", "nl", "NL_be.utf8", "nl_BE@euro"])
  func dutchLocalesGiveDutch(_ value: String) {
    #expect(Language.fromEnvironment(["LANG": value]) == .nl)
  }

  @Test(arguments: ["C", "POSIX", "C.UTF-8", "en_US.UTF-8", "fr_BE.UTF-8", "de_DE"])
  func otherLocalesGiveEnglish(_ value: String) {
    #expect(Language.fromEnvironment(["LANG": value]) == .en)
  }

  @Test func noLocaleGivesEnglish() {
    #expect(Language.fromEnvironment([:]) == .en)
    #expect(Language.fromEnvironment(["LANG": ""]) == .en)
  }

  @Test func anEmptyVariableCountsAsUnset() {
    #expect(Language.fromEnvironment(["LC_ALL": "", "LANG": "nl_BE.UTF-8"]) == .nl)
  }

  @Test func localizedTextPicksTheLanguage() {
    let text = LocalizedText(nl: "gestopt", en: "stopped")
    #expect(text(.nl) == "gestopt")
    #expect(text(.en) == "stopped")
  }
}
