import ArgumentParser
import CoachCore
import Foundation

extension MeetingCommand {
  struct Add: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Plan a meeting in the current phase, with that phase's agenda.")
    @OptionGroup var options: StoreOptions
    @OptionGroup var scope: CommunityOption
    @Option(help: "The day, YYYY-MM-DD.") var date: String
    @Option(help: "The start time, HH:MM.") var time: String?
    @Option(help: "Where the meeting is held.") var place: String = ""

    func run() throws {
      try CommandContext.run(options, .writing) { context in
        let day = try CommandInput.day(date)
        let start = try time.map(CommandInput.time)
        var value = try context.community(scope.community)
        let meeting = value.addMeeting(
          on: day, at: start, place: place, language: context.language)
        try context.store().save(value)
        let number = value.meetingNumber(meeting.id) ?? value.meetings.count
        print(context.strings.plannedMeeting(number, day.iso, start?.text, value.name))
      }
    }
  }
}
