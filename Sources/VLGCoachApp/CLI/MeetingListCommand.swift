import ArgumentParser
import CoachCore
import Foundation

extension MeetingCommand {
  struct List: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "List the meetings of a learning community in date order.")
    @OptionGroup var options: StoreOptions
    @OptionGroup var scope: CommunityOption
    @Flag(help: "Print JSON instead of a table.") var json = false

    func run() throws {
      try CommandContext.run(options, .reading) { context in
        let value = try context.community(scope.community)
        let meetings = value.meetingsInOrder.enumerated().map { index, meeting in
          MeetingJSON(meeting, number: index + 1, in: value)
        }
        if json {
          try printJSON(meetings)
          return
        }
        let strings = context.strings
        if meetings.isEmpty {
          print(strings.noMeetings(value.name))
          return
        }
        let rows = meetings.map { meeting in
          [
            "\(meeting.number)", meeting.date, meeting.time ?? "", meeting.place,
            strings.phaseCell(meeting.phase), "\(meeting.agendaItems)",
            meeting.attendance.recorded == 0
              ? "–"
              : strings.attendanceCell(
                meeting.attendance.attendedOnList, meeting.attendance.onList),
            "\(meeting.toReview)",
          ]
        }
        print(TextTable.render(header: strings.meetingHeader, rows: rows))
      }
    }
  }
}
