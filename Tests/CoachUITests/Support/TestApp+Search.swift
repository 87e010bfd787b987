import CoachCore
import Foundation

@testable import CoachUI

/// The demo with “rubric” in every kind of place of the commerce community: an agenda item
/// of meeting 1 with notes and a decision, the general notes of meeting 2, a theme, and a
/// private note on the group.
extension TestApp {
  static func searchDemo(language: Language = .en, width: Int = 80, height: Int = 24) -> TestApp {
    var app = TestApp.demo(language: language, width: width, height: height)
    guard var commerce = app.commerce else { return app }
    let ordered = commerce.meetingsInOrder
    if let first = commerce.meetings.firstIndex(where: { $0.id == ordered[0].id }) {
      commerce.meetings[first].agenda.insert(
        AgendaItem(
          id: rubricItemID, title: "Rubric boekhouding", plannedMinutes: 20,
          notes: "De rubric werkt in het 4de jaar.", decisions: ["Rubric delen met KA Geel"]),
        at: 1)
    }
    if let second = commerce.meetings.firstIndex(where: { $0.id == ordered[1].id }) {
      commerce.meetings[second].notes = "Volgende keer de rubric herbekijken."
    }
    commerce.themes = [
      WorkTheme(title: "Evaluatie boekhouding", description: "Een gedeelde rubric per hoofdstuk")
    ]
    app.stored[commerce.id] = commerce
    var notebook = CoachNotebook(communityID: commerce.id)
    _ = try? notebook.add(
      "Zoë wil haar rubric nog niet delen", about: [commerce.members[0].id], tags: [.tension],
      day: ordered[1].day, in: commerce, id: rubricNoteID)
    app.notebooks[commerce.id] = notebook
    return app
  }

  static let rubricItemID = UUID(uuid: (0, 0, 0, 0, 0, 0, 0x40, 0, 0x80, 0, 0, 0, 0, 0, 0, 0x51))
  static let rubricNoteID = UUID(uuid: (0, 0, 0, 0, 0, 0, 0x40, 0, 0x80, 0, 0, 0, 0, 0, 0, 0x52))

  var searchScreen: SearchScreen? {
    if case .search(let screen) = state.route { return screen }
    return nil
  }

  var communityScreen: CommunityScreen? {
    if case .community(let screen) = state.route { return screen }
    return nil
  }
}
