import ArgumentParser
import CoachCore
import Foundation

extension MeetingCommand {
  struct Add: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Plan a meeting in the current phase, with that phase's agenda.",
      discussion: """
        Without --date the meeting is planned by the monthly rule: four weeks after the last \
        meeting, on the same weekday, at its time and place (when that day has passed, the \
        first such weekday from today on; with no meeting yet, four weeks from today). \
        --time and --place override what the rule proposes.
        """)
    @OptionGroup var options: StoreOptions
    @OptionGroup var scope: CommunityOption
    @Option(help: "The day, YYYY-MM-DD (default: by the monthly rule).") var date: String?
    @Option(help: "The start time, HH:MM.") var time: String?
    @Option(help: "Where the meeting is held.") var place: String?

    func run() throws {
      try CommandContext.run(options, .writing) { context in
        let day = try date.map(CommandInput.day)
        let start = try time.map(CommandInput.time)
        var value = try context.community(scope.community)
        // The rule proposes every field; an option given on the command line wins.
        let proposal = day == nil ? value.proposedNextMeeting(today: context.today) : nil
        let meeting = value.addMeeting(
          on: day ?? proposal?.day ?? context.today, at: start ?? proposal?.time,
          place: place ?? proposal?.place ?? "", language: context.language)
        try context.store().save(value)
        let number = value.meetingNumber(meeting.id) ?? value.meetings.count
        print(
          context.strings.plannedMeeting(number, meeting.day.iso, meeting.time?.text, value.name))
        if let proposal { print(ruleSentence(proposal.basis, in: value, context.strings)) }
      }
    }

    /// Why the rule chose this day, naming the meeting it counted from by its number.
    func ruleSentence(
      _ basis: MeetingProposal.Basis, in community: Community, _ strings: CLIStrings
    ) -> String {
      switch basis {
      case .fourWeeksAfter(let id):
        strings.plannedFourWeeksAfter(community.meetingNumber(id) ?? 0)
      case .sameWeekdayFromToday(let id):
        strings.plannedSameWeekdayAfter(community.meetingNumber(id) ?? 0)
      case .fourWeeksFromToday:
        strings.plannedFourWeeksFromToday
      }
    }
  }
}
