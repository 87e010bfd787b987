import ArgumentParser
import CoachCore
import Foundation

struct MemberCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "member",
    abstract: "Add, list, import and set the participation of the members of a learning community.",
    subcommands: [
      Add.self, List.self, MemberImportCommand.self, Set.self, MemberParticipationCommand.self,
    ])

  struct Add: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Add a member to a learning community.")
    @OptionGroup var options: StoreOptions
    @OptionGroup var scope: CommunityOption
    @Argument(help: "The member's name.") var name: String
    @Option(help: "The member's school.") var school: String = ""
    @Option(help: "teacher, leader, adviser or coach.") var role: String = "teacher"
    @Option(help: "The day the member joined, YYYY-MM-DD (default: today).") var joined: String?

    func run() throws {
      try CommandContext.run(options, .writing) { context in
        guard let memberRole = MemberRole(rawValue: role.lowercased()) else {
          throw CoachError.unknownRole(role)
        }
        let joinedOn = try joined.map { try CommandInput.day($0) }
        var value = try context.community(scope.community)
        let member = try value.addMember(
          MemberDraft(name: name, school: school, role: memberRole, joinedOn: joinedOn),
          today: context.today)
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
          try printJSON(value.members.map { MemberJSON($0, in: value) })
          return
        }
        let language = context.language
        if value.members.isEmpty {
          print(context.strings.noMembers(value.name))
          return
        }
        let status = MemberStatusStrings.forLanguage(language)
        let rows = value.members.map { member in
          [
            member.name, member.school,
            member.role.label(language)
              + (value.internalCoach == member.id ? ", \(status.internalCoachMark)" : ""),
            status.participation(of: member, language), member.committedOn?.iso ?? "",
          ]
        }
        print(
          TextTable.render(
            header: context.strings.memberHeader + [status.committedHeader], rows: rows))
      }
    }
  }
}

/// The JSON shape of `member list --json`: every key always there (`null` when there is
/// no value), days as `YYYY-MM-DD`.
struct MemberJSON: Encodable {
  let id: String
  let name: String
  let school: String
  let role: String
  let participation: String
  let participationSince: String?
  let participationReason: String
  let committedOn: String?
  /// Null when not known (a member recorded before version 12 of the store).
  let joinedOn: String?
  let internalCoach: Bool

  init(_ member: Member, in community: Community) {
    id = member.id.uuidString
    name = member.name
    school = member.school
    role = member.role.rawValue
    participation = member.participation.rawValue
    participationSince = member.participationSince?.iso
    participationReason = member.participationReason
    committedOn = member.committedOn?.iso
    joinedOn = member.joinedOn?.iso
    internalCoach = community.internalCoach == member.id
  }

  enum CodingKeys: String, CodingKey {
    case id, name, school, role, participation, participationSince, participationReason
    case committedOn, joinedOn, internalCoach
  }

  func encode(to encoder: Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(id, forKey: .id)
    try container.encode(name, forKey: .name)
    try container.encode(school, forKey: .school)
    try container.encode(role, forKey: .role)
    try container.encode(participation, forKey: .participation)
    try container.encode(participationSince, forKey: .participationSince)
    try container.encode(participationReason, forKey: .participationReason)
    try container.encode(committedOn, forKey: .committedOn)
    try container.encode(joinedOn, forKey: .joinedOn)
    try container.encode(internalCoach, forKey: .internalCoach)
  }
}
