import Foundation
import Testing

@testable import CoachCore

/// The digest keeps what the follow-up needs without the community: on every day, the items
/// made from it count overdue and carried over exactly as the community's own rules do.
@Suite("The follow-up's digest counts like the community")
struct FollowUpDigestTests {
  /// A small deterministic generator, so a failure can be replayed.
  struct Dice {
    var state: UInt64
    mutating func roll(_ sides: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(sides))
    }
  }

  @Test(arguments: 1...25)
  func reviewsInAndBetweenMeetingsClosingAndReopening(_ seed: Int) throws {
    var dice = Dice(state: UInt64(seed))
    var community = try makeCommunity("VLG \(seed)", members: ["An", "Bart", "Cem"])
    let start = try day("2026-01-05")
    var meetings: [Meeting] = []
    for number in 0..<(3 + dice.roll(6)) {
      // Sometimes two meetings on one day.
      let offset = number * 14 - (dice.roll(4) == 0 ? 14 : 0)
      let day = try #require(start.adding(days: max(0, offset)))
      meetings.append(community.addMeeting(on: day, language: .nl))
    }
    let owners = community.members.map(\.id)
    for _ in 0..<12 {
      let made = meetings[dice.roll(meetings.count)]
      let due: Agreement.Due =
        dice.roll(3) == 0 ? .day(try #require(made.day.adding(days: dice.roll(40)))) : .nextMeeting
      let agreement = try community.addAgreement(
        kind: .finish, text: "Afspraak", owners: [owners[dice.roll(owners.count)]],
        madeIn: made.id, due: due)
      for _ in 0..<dice.roll(4) {
        let later = meetings.filter { !$0.isBefore(made) && $0.id != made.id }
        let outcome = AgreementOutcome.allCases[dice.roll(AgreementOutcome.allCases.count)]
        if let meeting = later.isEmpty ? nil : later[dice.roll(later.count)], dice.roll(2) == 0 {
          try? community.review(
            agreement: agreement.id, outcome: outcome, in: meeting.id, on: meeting.day)
        } else {
          let day = try #require(made.day.adding(days: 1 + dice.roll(90)))
          try? community.review(agreement: agreement.id, outcome: outcome, in: nil, on: day)
        }
      }
    }
    // The meetings list's counts, in one pass, are those of the rule per meeting.
    let counts = community.openReviewCounts(community.timeline)
    for meeting in meetings {
      let expected = community.agreementsToReview(in: meeting.id).filter { !$0.isClosed }.count
      #expect((counts[meeting.id] ?? 0) == expected)
    }
    let digest = FollowUpDigest(community, includeClosed: true)
    for offset in stride(from: -3, through: 130, by: 7) {
      let today = try #require(start.adding(days: offset))
      for entry in digest.entries {
        let agreement = try #require(community.agreement(number: entry.number))
        let item = FollowUpItem(entry, of: digest, today: today)
        #expect(item.timesCarriedOver == community.timesCarriedOver(agreement, today: today))
        #expect(item.isOverdue == community.isOverdue(agreement, today: today))
      }
    }
  }
}
