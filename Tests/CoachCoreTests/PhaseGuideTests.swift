import Testing

@testable import CoachCore

@Suite("Phase guide")
struct PhaseGuideTests {
  private func texts(_ guide: PhaseGuide) -> [LocalizedText] {
    [guide.shortName, guide.title, guide.about] + guide.decisiveFactors + guide.coachActions
      + guide.watchOuts
  }

  @Test func thereAreFiveGuidesInPhaseOrder() {
    #expect(PhaseGuide.all.map(\.phase) == Phase.allCases)
    #expect(PhaseGuide.all.count == 5)
  }

  @Test(arguments: Phase.allCases)
  func eachPhaseFindsItsOwnGuide(_ phase: Phase) {
    #expect(phase.guide.phase == phase)
  }

  @Test(arguments: PhaseGuide.all.map(\.phase))
  func shortNamesFitThePhaseTrack(_ phase: Phase) {
    let name = phase.guide.shortName
    #expect(name.nl.count <= 14, "\(name.nl)")
    #expect(name.en.count <= 14, "\(name.en)")
  }

  @Test(arguments: Phase.allCases)
  func everyTextExistsInBothLanguages(_ phase: Phase) {
    let guide = phase.guide
    #expect(!guide.decisiveFactors.isEmpty)
    #expect(!guide.coachActions.isEmpty)
    #expect(!guide.watchOuts.isEmpty)
    for text in texts(guide) {
      #expect(!TextCleaning.line(text.nl).isEmpty, "empty Dutch text next to “\(text.en)”")
      #expect(!TextCleaning.line(text.en).isEmpty, "empty English text next to “\(text.nl)”")
    }
  }

  @Test(arguments: Phase.allCases)
  func noTextIsLeftUntranslated(_ phase: Phase) {
    for text in texts(phase.guide) {
      #expect(text.nl != text.en, "the same in both languages: “\(text.nl)”")
    }
  }

  @Test func shortNamesAndTitlesAreDistinct() {
    for language in Language.allCases {
      let shortNames = PhaseGuide.all.map { $0.shortName(language) }
      let titles = PhaseGuide.all.map { $0.title(language) }
      #expect(Set(shortNames).count == 5)
      #expect(Set(titles).count == 5)
    }
  }
}
