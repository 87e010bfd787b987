import Foundation
import Testing

@testable import CoachCore

/// Search everywhere: accents and case, every word, each kind, the order of the results,
/// and the dynamics notes only when the notebooks are given.
@Suite("Search")
struct SearchTests {
  /// A community with something of every kind, each holding a word of its own.
  static func history() throws -> (Community, CoachNotebook) {
    var community = try makeCommunity(
      "VLG Wiskunde Gent", subject: "Wiskunde", members: ["Zoë Dëmeester", "Jan Peeters"])
    community.members[1].school = "Sint-Barbara"
    let zoe = community.members[0].id
    let first = Meeting(
      day: try day("2026-02-10"), phase: .chooseThemes,
      agenda: [
        AgendaItem(
          title: "Éénheid breuken", plannedMinutes: 30, presenter: "Jan",
          notes: "We bespraken de toets.\nVeel vragen over de rubric.",
          decisions: ["Toets samen maken", "Rubric delen"])
      ],
      notes: "Algemeen: koffie was op.")
    let second = Meeting(
      day: try day("2026-03-10"), phase: .chooseThemes,
      agenda: [AgendaItem(title: "Feedback op de toets", plannedMinutes: 20)])
    // Planned later but stored first: the results follow the dates.
    community.meetings = [second, first]
    community.agreements = [
      Agreement(number: 2, kind: .finish, text: "Toets nakijken", owners: [zoe], madeIn: second.id),
      Agreement(number: 1, kind: .provide, text: "Rubric mailen", owners: [zoe], madeIn: first.id),
    ]
    try community.addTheme(title: "Formatief toetsen", description: "Rubrics in de klas")
    community.themes[0].outputs = [
      ThemeOutput(
        title: "Exitticket kommagetallen", madeOn: try day("2026-03-01"), note: "Gebruikt in 2A")
    ]
    community.themes[0].subgroups = [ThemeSubgroup(name: "Tweede graad", members: [zoe])]
    community.themes[0].moments = [
      ThemeMoment(kind: .showcase, day: try day("2026-05-20"), note: "Voor de directies")
    ]
    var notebook = CoachNotebook(communityID: community.id)
    try notebook.add(
      "Zoë trekt de groep bij de toets", about: [zoe], tags: [.driver],
      day: try day("2026-02-10"), in: community)
    return (community, notebook)
  }

  @Test func accentsAndCaseDoNotMatter() {
    #expect(SearchQuery("eenheid").matches("Éénheid breuken"))
    #expect(SearchQuery("ÉÉNHEID").matches("eenheid"))
    #expect(SearchQuery("zoe").matches("Zoë Dëmeester"))
    #expect(SearchQuery("francais").matches("Le français"))
    #expect(SearchQuery("naive").matches("naïve"))
    #expect(!SearchQuery("eenheid").matches("eenhied"))
  }

  @Test func everyWordMustOccurInAnyOrder() {
    #expect(SearchQuery("breuken eenheid").matches("Éénheid breuken"))
    #expect(SearchQuery("  breuken   eenheid ").matches("Éénheid breuken"))
    #expect(!SearchQuery("breuken procent").matches("Éénheid breuken"))
    #expect(SearchQuery("").isEmpty)
    #expect(SearchQuery(" \n ").isEmpty)
    #expect(!SearchQuery("").matches("anything"))
  }

  @Test func anExcerptIsOneLineAroundTheFirstMatch() {
    let long =
      "In het begin van de bijeenkomst ging het over de planning van het jaar en de toetsen.\n"
      + "Daarna kwam de rubric voor het mondeling aan bod, met veel vragen van de collega's."
    let excerpt = SearchExcerpt.excerpt(long, around: SearchQuery("rubric"))
    #expect(excerpt.contains("rubric"))
    #expect(!excerpt.contains("\n"))
    #expect(excerpt.hasPrefix("…"))
    #expect(excerpt.count <= SearchExcerpt.width)
    #expect(
      SearchExcerpt.excerpt("Kort\nen  klein", around: SearchQuery("klein")) == "Kort en klein")
    // The match is shown as typed in the text, accents and all.
    #expect(
      SearchExcerpt.excerpt(
        String(repeating: "woord ", count: 20) + "Éénheid", around: SearchQuery("eenheid")
      )
      .hasSuffix("Éénheid"))
  }

  @Test func eachKindIsFound() throws {
    let (community, notebook) = try Self.history()
    let notebooks = [community.id: notebook]
    func kinds(_ text: String) -> [SearchHitKind] {
      Search.hits(text, in: [community], notebooks: notebooks).map(\.kind)
    }
    #expect(kinds("gent") == [.communityName])
    #expect(kinds("wiskunde") == [.communityName])  // the subject counts, once
    #expect(kinds("dëmeester") == [.member])
    #expect(kinds("barbara") == [.member])  // a member's school
    #expect(kinds("breuken") == [.agendaItem])
    #expect(kinds("vragen") == [.minutesNote])
    #expect(kinds("koffie") == [.minutesNote])
    #expect(kinds("samen") == [.decision])
    #expect(kinds("nakijken") == [.agreement])
    #expect(kinds("formatief") == [.theme])
    #expect(kinds("klas") == [.theme])  // the description
    #expect(kinds("tweede graad") == [.theme])  // a subgroup's name
    #expect(kinds("exitticket") == [.themeOutput])
    #expect(kinds("gebruikt 2a") == [.themeOutput])  // the output's note
    #expect(kinds("directies") == [.themeMoment])
    #expect(kinds("toonmoment") == [.themeMoment])  // the kind, in Dutch
    #expect(kinds("showcase") == [.themeMoment])
    #expect(kinds("trekt") == [.dynamicsNote])
    #expect(kinds("trekker") == [.dynamicsNote])  // a tag, in Dutch
    #expect(kinds("onbekend") == [])
  }

  @Test func aHitSaysWhereItIs() throws {
    let (community, notebook) = try Self.history()
    let first = community.meetingsInOrder[0]
    let item = first.agenda[0]
    let hits = Search.hits("rubric", in: [community], notebooks: [community.id: notebook])
    #expect(
      hits.map(\.target) == [
        .agendaItem(meeting: first.id, item: item.id),  // the notes in the minutes
        .agendaItem(meeting: first.id, item: item.id),  // the decision
        .agreement(community.agreements[1].id, meeting: first.id),
        .theme(community.themes[0].id),
      ])
    #expect(
      hits.allSatisfy { $0.communityID == community.id && $0.communityName == "VLG Wiskunde Gent" })
    #expect(hits[0].day == first.day)
    #expect(hits[0].excerpt == "We bespraken de toets. Veel vragen over de rubric.")
    #expect(hits[2].target.meetingID == first.id && hits[2].target.agreementID != nil)
    let koffie = Search.hits("koffie", in: [community])
    #expect(koffie.map(\.target) == [.meetingNotes(meeting: first.id)])
    let note = Search.hits("trekt", in: [community], notebooks: [community.id: notebook])
    #expect(note.map(\.target) == [.note(notebook.notes[0].id)])
    #expect(note.first?.isPrivate == true)
  }

  @Test func hitsAreGroupedByCommunityThenKindThenInNaturalOrder() throws {
    let (community, notebook) = try Self.history()
    let other = try makeCommunity("VLG Aardrijkskunde", members: ["Toets Tester"])
    let hits = Search.hits("toets", in: [community, other], notebooks: [community.id: notebook])
    // Communities by name, whatever order they were given in.
    #expect(
      hits.map(\.communityName)
        == ["VLG Aardrijkskunde"] + Array(repeating: "VLG Wiskunde Gent", count: 6))
    #expect(
      hits.map(\.kind) == [
        .member, .agendaItem, .minutesNote, .decision, .agreement, .theme, .dynamicsNote,
      ])
    let all = Search.hits("e", in: [community])
    // Agenda items by meeting date, not in the order the meetings were stored in.
    #expect(
      all.filter { $0.kind == .agendaItem }.map(\.excerpt) == [
        "Éénheid breuken", "Feedback op de toets",
      ])
    // Agreements by number.
    #expect(
      all.filter { $0.kind == .agreement }.map(\.excerpt) == ["Rubric mailen", "Toets nakijken"])
    #expect(Search.hits("toets rubric nakijken mailen", in: [community]).isEmpty)
  }

  @Test func dynamicsNotesOnlyWhenTheNotebooksAreGiven() throws {
    let (community, notebook) = try Self.history()
    #expect(Search.hits("trekt", in: [community]).isEmpty)
    #expect(!Search.hits("toets", in: [community]).contains { $0.isPrivate })
    #expect(SearchIndex(community).hits(SearchQuery("trekt")).isEmpty)
    #expect(Search.hits("trekt", in: [community], notebooks: [:]).isEmpty)
    #expect(Search.hits("trekt", in: [community], notebooks: [community.id: notebook]).count == 1)
    // A notebook of another community is never searched as this one's.
    let stranger = CoachNotebook(communityID: UUID(), notes: notebook.notes)
    #expect(SearchIndex(community, notebook: stranger).hits(SearchQuery("trekt")).isEmpty)
  }
}
