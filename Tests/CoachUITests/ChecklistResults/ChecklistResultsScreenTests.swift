import CoachCore
import Foundation
import Testing

@testable import CoachUI

/// The coach's checklist results (c on the community screen): the rounds newest first, one
/// round in full, and back.
@Suite("Checklist results screen")
struct ChecklistResultsScreenTests {
  @Test func theScreenOpensFromTheCommunityShowsARoundAndGoesBack() throws {
    var app = TestApp.demo(language: .en)
    app.send(.down, .enter, .character("c"))
    guard case .checklistResults(let list) = app.state.route else {
      Issue.record("c opens the checklist results, not \(app.state.route)")
      return
    }
    #expect(list.openRoundID == nil)
    let community = try #require(app.stored(named: "VLG Handel Kempen"))
    let rounds = ChecklistResultsScreen.rounds(community)
    #expect(rounds.count == 2)
    // Newest first: the second meeting's round is selected.
    let (newest, oldest) = (try #require(rounds.first), try #require(rounds.last))
    #expect(newest.day > oldest.day)
    #expect(app.screen[2].contains("▸ Meeting evaluation"))
    #expect(app.screen[2].contains("meeting 2 · 4 answers"))

    app.send(.down, .enter)
    guard case .checklistResults(let open) = app.state.route else {
      Issue.record("Enter keeps the screen")
      return
    }
    #expect(open.openRoundID == rounds.last?.id)
    #expect(
      app.screenText.contains(
        "3 answers · not answered yet: Bram Wouters, Els Peeters, Marie Claes"))
    #expect(app.screenText.contains("I learned something I can use in class."))
    #expect(app.screenText.contains("trend ▆▆  3.7 → 4.0"))

    // The round scrolls to the short texts, which carry no name.
    app.send(.end)
    #expect(app.screenText.contains("One thing that could be better:"))

    app.send(.escape)
    guard case .checklistResults(let back) = app.state.route else {
      Issue.record("Esc goes back to the list first")
      return
    }
    #expect(back.openRoundID == nil && back.selection == 1)
    app.send(.escape)
    guard case .community = app.state.route else {
      Issue.record("Esc on the list goes back to the community")
      return
    }
  }

  @Test func theShortTextsAreShownWithoutNames() {
    var app = TestApp.demo(language: .nl)
    app.send(.down, .enter, .character("c"), .enter, .end)
    let text = app.screenText
    let line = app.screen.first { $0.contains("Meer tijd voor de casus") }
    #expect(line != nil, "\(text)")
    #expect(line?.contains("Els") == false)
  }

  @Test func withoutRoundsEnterSaysWhyAndTheScreenExplainsWhereAnswersComeFrom() {
    var app = TestApp.demo(language: .en)
    app.send(.enter, .character("c"))
    #expect(app.screenText.contains("Teachers fill in checklists at the shared terminal (k)"))
    app.send(.enter)
    #expect(app.state.flash == app.state.strings.listEmpty)
  }
}
