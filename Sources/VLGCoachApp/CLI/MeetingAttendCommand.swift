import ArgumentParser
import CoachCore
import Foundation

extension MeetingCommand {
  struct Attend: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Record who was at a meeting: present, absent, excused or late.")
    @OptionGroup var options: StoreOptions
    @OptionGroup var scope: CommunityOption
    @Option(help: "The meeting's number (see meeting list).") var meeting: String
    @Option(help: "Members who were there, by name: A,B.") var present: [String] = []
    @Option(help: "Members who were absent.") var absent: [String] = []
    @Option(help: "Members who were excused.") var excused: [String] = []
    @Option(help: "Members who came late.") var late: [String] = []

    func run() throws {
      try CommandContext.run(options, .writing) { context in
        var value = try context.community(scope.community)
        let target = try value.meeting(numbered: meeting)
        let states = try attendance(in: value)
        for (member, state) in states {
          value.setAttendance(state, of: member, at: target.id)
        }
        try context.store().save(value)
        let count = value.meeting(withID: target.id).map { value.attendanceCount(for: $0) }
        print(
          context.strings.attendanceRecorded(
            value.meetingNumber(target.id) ?? 0, count?.attended ?? 0, count?.of ?? 0))
      }
    }

    /// Who is named with which state; naming a member twice with two states is refused.
    func attendance(in community: Community) throws -> [(UUID, Attendance)] {
      let named: [(Attendance, [String])] = [
        (.present, present), (.absent, absent), (.excused, excused), (.late, late),
      ]
      var result: [(UUID, Attendance)] = []
      for (state, values) in named {
        for name in CommandInput.names(values) {
          let member = try community.resolveMember(name)
          if let earlier = result.first(where: { $0.0 == member.id }) {
            guard earlier.1 == state else {
              throw CLIError.conflictingAttendance(member: member.name, earlier.1, state)
            }
            continue
          }
          result.append((member.id, state))
        }
      }
      guard !result.isEmpty else { throw CLIError.noAttendanceGiven }
      return result
    }
  }
}
