import Foundation
import Testing

/// `theme edit`, `theme output`, `theme moment`, `theme subgroup` and what `theme list`
/// shows of them, in both languages.
@Suite("The theme work commands")
struct ThemeWorkCommandTests {
  /// The fixture's four members on "Rubrics", two of them in a subgroup, two outputs (one
  /// tried in class) and two moments recorded out of date order.
  func themeWithWork(_ language: String) throws -> CommunityFixture {
    let fixture = try CommunityFixture()
    try fixture.succeed([
      "theme", "add", "--community", "VLG", "--members", "zoë,vries", "Rubrics", "--lang", language,
    ])
    try fixture.succeed(["theme", "add", "--community", "VLG", "Evaluatie", "--lang", language])
    return fixture
  }

  @Test func aThemeIsEditedAndItsWorkListedInEnglish() throws {
    let fixture = try themeWithWork("en")
    let lang = ["--lang", "en"]
    let edit = try fixture.succeed(
      [
        "theme", "edit", "--community", "VLG", "rub", "--title", "Rubrics 2de graad",
        "--status", "in-progress", "--members", "zoë,vries,peeters,claes",
        "--description", "Feedback met rubrics",
      ] + lang)
    #expect(edit.stdout == "Theme “Rubrics 2de graad” saved: in progress, 4 members.\n")
    let output = try fixture.succeed(
      [
        "theme", "output", "--community", "VLG", "graad", "Rubric schrijven", "--made",
        "2026-11-04", "--tried", "2026-11-20", "--note", "klas 5",
      ] + lang)
    #expect(
      output.stdout
        == "Recorded output “Rubric schrijven” of theme “Rubrics 2de graad”: made on 2026-11-04,"
        + " tried in class on 2026-11-20.\n")
    let untried = try fixture.succeed(
      ["theme", "output", "--community", "VLG", "rubrics", "Toets", "--made", "2026-11-05"] + lang)
    #expect(untried.stdout.hasSuffix(": made on 2026-11-05, not yet tried in class.\n"))
    let showcase = try fixture.succeed(
      [
        "theme", "moment", "--community", "VLG", "rub", "--showcase", "--date", "2026-12-01",
        "Voor de directies",
      ] + lang)
    #expect(
      showcase.stdout == "Recorded the showcase of theme “Rubrics 2de graad” on 2026-12-01.\n")
    let exchange = try fixture.succeed(
      ["theme", "moment", "--community", "VLG", "rub", "--exchange", "--date", "2026-11-10"]
        + lang)
    #expect(
      exchange.stdout == "Recorded the exchange of theme “Rubrics 2de graad” on 2026-11-10.\n")
    let subgroup = try fixture.succeed(
      ["theme", "subgroup", "--community", "VLG", "rub", "Groep A", "--members", "zoe,peeters"]
        + lang)
    #expect(
      subgroup.stdout
        == "Added subgroup “Groep A” to theme “Rubrics 2de graad”: Zoë Dëmeester, Jan Peeters.\n")

    let list = try fixture.succeed(["theme", "list", "--community", "VLG"] + lang)
    #expect(
      list.stdout == """
        Rubrics 2de graad · in progress
          Feedback met rubrics
          Who: Zoë Dëmeester, Jan de Vries, Jan Peeters, Els Claes
          Subgroup “Groep A”: Zoë Dëmeester, Jan Peeters
          Output “Rubric schrijven”: made on 2026-11-04, tried in class on 2026-11-20 — klas 5
          Output “Toets”: made on 2026-11-05, not yet tried in class
          2026-11-10 exchange
          2026-12-01 showcase: Voor de directies

        Evaluatie · chosen
          Who: nobody yet
          0 on this theme; 4 to 6 teachers works best.

        """)
  }

  @Test func aThemeIsEditedAndItsWorkListedInDutch() throws {
    let fixture = try themeWithWork("nl")
    let lang = ["--lang", "nl"]
    let edit = try fixture.succeed(
      ["theme", "edit", "--community", "VLG", "Rubrics", "--status", "output-ready"] + lang)
    #expect(
      edit.stdout == "Thema “Rubrics” bewaard: output klaar, 2 leden.\n"
        + "2 op dit thema; 4 tot 6 leraren werkt het best.\n")
    let output = try fixture.succeed(
      ["theme", "output", "--community", "VLG", "rub", "Toets", "--made", "2026-11-05"] + lang)
    #expect(
      output.stdout
        == "Output “Toets” van thema “Rubrics” bewaard: gemaakt op 2026-11-05,"
        + " nog niet uitgeprobeerd in de klas.\n")
    let showcase = try fixture.succeed(
      ["theme", "moment", "--community", "VLG", "rub", "--showcase", "--date", "2026-12-01"]
        + lang)
    #expect(showcase.stdout == "Toonmoment van thema “Rubrics” op 2026-12-01 bewaard.\n")
    let exchange = try fixture.succeed(
      [
        "theme", "moment", "--community", "VLG", "rub", "--exchange", "--date", "2026-11-10",
        "Online",
      ]
        + lang)
    #expect(exchange.stdout == "Uitwisseling van thema “Rubrics” op 2026-11-10 bewaard.\n")
    let subgroup = try fixture.succeed(
      ["theme", "subgroup", "--community", "VLG", "rub", "Groep B", "--members", "claes"] + lang)
    #expect(
      subgroup.stdout
        == "Deelgroep “Groep B” toegevoegd aan thema “Rubrics”: Els Claes.\n"
        + "3 op dit thema; 4 tot 6 leraren werkt het best.\n")

    let list = try fixture.succeed(["theme", "list", "--community", "VLG"] + lang)
    #expect(
      list.stdout.hasPrefix(
        """
        Rubrics · output klaar
          Wie: Zoë Dëmeester, Jan de Vries, Els Claes
          3 op dit thema; 4 tot 6 leraren werkt het best.
          Deelgroep “Groep B”: Els Claes
          Output “Toets”: gemaakt op 2026-11-05, nog niet uitgeprobeerd in de klas
          2026-11-10 uitwisseling: Online
          2026-12-01 toonmoment

        Evaluatie · gekozen
          Wie: nog niemand
        """))
  }

  @Test func theJSONCarriesEverythingUnderStableKeys() throws {
    let fixture = try themeWithWork("en")
    try fixture.succeed(
      ["theme", "output", "--community", "VLG", "rub", "Toets", "--made", "2026-11-05"])
    try fixture.succeed(
      ["theme", "moment", "--community", "VLG", "rub", "--showcase", "--date", "2026-12-01", "x"])
    try fixture.succeed(
      ["theme", "moment", "--community", "VLG", "rub", "--exchange", "--date", "2026-11-10"])
    try fixture.succeed(
      ["theme", "subgroup", "--community", "VLG", "rub", "A", "--members", "zoe"])
    let themes = try fixture.json(["theme", "list", "--community", "VLG", "--lang", "nl"])
    let theme = try #require(themes.first)
    #expect(
      Set(theme.keys)
        == [
          "id", "title", "description", "members", "status", "sizeAdvice", "subgroups", "outputs",
          "moments",
        ])
    #expect(theme["status"] as? String == "chosen")
    let advice = try #require(theme["sizeAdvice"] as? [String: Any])
    #expect(advice["kind"] as? String == "too-few")
    #expect(advice["members"] as? Int == 2)
    #expect(advice["message"] as? String == "2 op dit thema; 4 tot 6 leraren werkt het best.")
    let output = try #require((theme["outputs"] as? [[String: Any]])?.first)
    #expect(Set(output.keys) == ["id", "title", "madeOn", "triedInClassOn", "note"])
    #expect(output["madeOn"] as? String == "2026-11-05")
    #expect(output["triedInClassOn"] is NSNull)
    let moments = try #require(theme["moments"] as? [[String: Any]])
    #expect(moments.map { $0["day"] as? String } == ["2026-11-10", "2026-12-01"])
    #expect(moments.map { $0["kind"] as? String } == ["exchange", "showcase"])
    #expect(Set(moments[0].keys) == ["id", "kind", "day", "note"])
    let subgroup = try #require((theme["subgroups"] as? [[String: Any]])?.first)
    #expect(Set(subgroup.keys) == ["id", "name", "members"])
    #expect(subgroup["members"] as? [String] == ["Zoë Dëmeester"])
  }

  @Test func anUnknownThemeIsAnsweredWithTheCommunitysThemes() throws {
    let fixture = try CommunityFixture()
    let none = try fixture.run(
      ["theme", "edit", "--community", "VLG", "rubrics", "--status", "chosen", "--lang", "en"])
    #expect(none.status == 1)
    #expect(
      none.stderr
        == "vlgcoach: VLG Handel Kempen has no themes yet; add one with: vlgcoach theme add\n")
    try fixture.succeed(["theme", "add", "--community", "VLG", "Rubrics"])
    try fixture.succeed(["theme", "add", "--community", "VLG", "Rubrics voor toetsen"])
    let en = try fixture.run(
      ["theme", "output", "--community", "VLG", "evaluatie", "Toets", "--lang", "en"])
    #expect(en.status == 1)
    #expect(
      en.stderr
        == "vlgcoach: No theme of VLG Handel Kempen matches “evaluatie”; its themes: Rubrics,"
        + " Rubrics voor toetsen.\n")
    let nl = try fixture.run(
      ["theme", "moment", "--community", "VLG", "evaluatie", "--showcase", "--lang", "nl"])
    #expect(
      nl.stderr
        == "vlgcoach: Geen thema van VLG Handel Kempen gevonden voor “evaluatie”; de thema's:"
        + " Rubrics, Rubrics voor toetsen.\n")
    let ambiguous = try fixture.run(
      [
        "theme", "subgroup", "--community", "VLG", "rubric", "A", "--members", "zoe", "--lang",
        "en",
      ])
    #expect(ambiguous.status == 1)
    #expect(
      ambiguous.stderr
        == "vlgcoach: “rubric” matches more than one theme: Rubrics, Rubrics voor toetsen."
        + " Type more of the title.\n")
    // The whole title, and a word of it, each name one theme, as for a community or a member.
    try fixture.succeed(["theme", "moment", "--community", "VLG", "RUBRICS", "--exchange"])
    try fixture.succeed(["theme", "edit", "--community", "VLG", "toets", "--status", "in-progress"])
    let themes = try fixture.json(["theme", "list", "--community", "VLG"])
    #expect(themes.map { $0["status"] as? String } == ["chosen", "in-progress"])
    #expect(themes.map { ($0["moments"] as? [Any])?.count } == [1, 0])
  }

  @Test func triedInClassBeforeItWasMadeIsRefused() throws {
    let fixture = try themeWithWork("en")
    let before = try fixture.communityBytes()
    let tried = ["--made", "2026-11-04", "--tried", "2026-11-01"]
    let en = try fixture.run(
      ["theme", "output", "--community", "VLG", "rub", "Toets", "--lang", "en"] + tried)
    #expect(en.status == 1)
    #expect(
      en.stderr == "vlgcoach: It cannot be tried in class before it was made (2026-11-04).\n")
    let nl = try fixture.run(
      ["theme", "output", "--community", "VLG", "rub", "Toets", "--lang", "nl"] + tried)
    #expect(
      nl.stderr
        == "vlgcoach: Uitgeprobeerd in de klas kan niet vóór het gemaakt is (2026-11-04).\n")
    #expect(try fixture.communityBytes() == before)
  }

  @Test func wordsNoRuleCoversAreExplainedAndChangeNothing() throws {
    let fixture = try themeWithWork("en")
    let before = try fixture.communityBytes()
    let cases: [([String], String, String)] = [
      (
        ["theme", "edit", "--community", "VLG", "rub"],
        "Say what to change with --title, --description, --members or --status.",
        "Zeg wat er verandert met --title, --description, --members of --status."
      ),
      (
        ["theme", "edit", "--community", "VLG", "rub", "--status", "klaar"],
        "“klaar” is not a theme status; choose chosen, in-progress or output-ready.",
        "“klaar” is geen stand van een thema; kies chosen, in-progress of output-ready."
      ),
      (
        ["theme", "moment", "--community", "VLG", "rub"],
        "Say which moment it was: --exchange or --showcase.",
        "Zeg welk moment het was: --exchange (uitwisseling) of --showcase (toonmoment)."
      ),
      (
        ["theme", "moment", "--community", "VLG", "rub", "--exchange", "--showcase"],
        "A moment is an exchange or a showcase, not both; give one of --exchange and --showcase.",
        "Een moment is een uitwisseling of een toonmoment, niet beide; geef --exchange of --showcase."
      ),
      (
        ["theme", "edit", "--community", "VLG", "rub", "--members", "piet"],
        "No member of VLG Handel Kempen matches “piet”.",
        "Geen lid van VLG Handel Kempen gevonden voor “piet”."
      ),
    ]
    for (arguments, english, dutch) in cases {
      let en = try fixture.run(arguments + ["--lang", "en"])
      #expect(en.status == 1, "\(arguments)")
      #expect(en.stderr == "vlgcoach: \(english)\n")
      let nl = try fixture.run(arguments + ["--lang", "nl"])
      #expect(nl.stderr == "vlgcoach: \(dutch)\n")
    }
    #expect(try fixture.communityBytes() == before)
  }
}
