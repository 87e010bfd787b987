import CoachCore
import Foundation
import Testing

@testable import CoachUI

/// An agreement made in the live mode belongs to the agenda item it was made under: it is
/// stored with it and shown under it, as the item's notes and decisions are.
extension LiveMeetingTests {
  @Test(arguments: [Language.en, .nl])
  func anAgreementShowsUnderTheItemItWasMadeUnder(_ language: Language) throws {
    var app = Self.live(language)
    let item = try meeting(app).agenda[0]  // the opening: a regular item
    #expect(item.role == .regular)
    app.send(.character("h"), .tab)
    app.type("Oefenbundel voorzien")
    app.send(.tab)
    app.type("Jan de Vries")
    app.send(.control("s"))
    #expect(app.state.overlays.isEmpty)
    let community = try #require(app.stored(named: "VLG Handel Kempen"))
    let agreement = try #require(community.agreements.last)
    #expect(agreement.madeUnder == item.id)
    let word = language == .nl ? "Afspraak" : "Agreement"
    let line = "\(word) \(agreement.number): Oefenbundel voorzien (Jan de Vries)"
    #expect(app.screenText.contains(line))
    // Not under the next item (the review), which is about something else.
    app.send(.character("n"))
    #expect(!app.screenText.contains(line))
  }
}
