import CoachCore
import Foundation
import Testing

@testable import CoachUI

/// At 80 columns the day and time of a meeting stay whole, also with the year (a meeting
/// in another year) next to a long place: the place gives up room first.
extension MeetingsTabTests {
  @Test(arguments: Language.allCases)
  func theDayAndTimeStayWholeNextToALongPlace(_ language: Language) throws {
    var communities = DemoData.communities(today: TestApp.today, now: TestApp.now)
    let index = try #require(communities.firstIndex { $0.name == "VLG Handel Kempen" })
    communities[index].addMeeting(
      on: try #require(CalendarDay(year: 2027, month: 1, day: 14)),
      at: TimeOfDay(hour: 14, minute: 0),
      place: "Sint-Jozefscollege Aalst, vergaderzaal 2.14 (tweede verdieping)",
      language: language)
    var app = TestApp(language: language, width: 80, height: 24, communities: communities)
    app.send(.down, .enter, .tab, .tab)
    let day = language == .nl ? "do 14 jan 2027 14:00" : "Thu 14 Jan 2027 14:00"
    let row = try #require(app.frame.canvas.textRows().first { $0.contains("Sint-Jozef") })
    #expect(row.contains(day), "\(row)")
  }
}
