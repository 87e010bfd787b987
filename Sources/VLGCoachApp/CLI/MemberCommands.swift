import ArgumentParser
import CoachCore
import Foundation

struct MemberCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "member", abstract: "Add, list and import the members of a learning community.",
    subcommands: [Add.self, List.self, MemberImportCommand.self])

  struct Add: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Add a member to a learning community.")
    @OptionGroup var options: StoreOptions
    @OptionGroup var scope: CommunityOption
    @Argument(help: "The member's name.") var name: String
    @Option(help: "The member's school.") var school: String = ""
    @Option(help: "teacher, leader, adviser or coach.") var role: String = "teacher"

    func run() throws {
      try CommandContext.run(options, .writing) { context in
        guard let memberRole = MemberRole(rawValue: role.lowercased()) else {
          throw CoachError.unknownRole(role)
        }
        var value = try context.community(scope.community)
        let member = try value.addMember(
          MemberDraft(name: name, school: school, role: memberRole), today: context.today)
        try context.store().save(value)
        print(context.strings.addedMember(member.name, value.name))
      }
    }
  }

  struct List: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "List the members of a learning community.")
    @OptionGroup var options: StoreOptions
    @OptionGroup var scope: CommunityOption
    @Flag(help: "Print JSON instead of a table.") var json = false

    func run() throws {
      try CommandContext.run(options, .reading) { context in
        let value = try context.community(scope.community)
        if json {
          try printJSON(value.members.map(MemberJSON.init))
          return
        }
        let language = context.language
        if value.members.isEmpty {
          print(context.strings.noMembers(value.name))
          return
        }
        let rows = value.members.map {
          [$0.name, $0.school, $0.role.label(language), $0.participation.label(language)]
        }
        print(TextTable.render(header: context.strings.memberHeader, rows: rows))
      }
    }
  }
}

/// The JSON shape of `member list --json`.
struct MemberJSON: Encodable {
  let id: String
  let name: String
  let school: String
  let role: String
  let participation: String
  let participationSince: String?
  let committedOn: String?

  init(_ member: Member) {
    id = member.id.uuidString
    name = member.name
    school = member.school
    role = member.role.rawValue
    participation = member.participation.rawValue
    participationSince = member.participationSince?.iso
    committedOn = member.committedOn?.iso
  }
}
