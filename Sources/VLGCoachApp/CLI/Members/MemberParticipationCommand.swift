import ArgumentParser
import CoachCore
import Foundation

/// `member participation`: how each member and each school takes part, from CoachCore's
/// participation rules (the same figures as the members tab's `p`).
struct MemberParticipationCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "participation",
    abstract:
      "How each member and school takes part: attendance (excused apart from absent) and agreements."
  )
  @OptionGroup var options: StoreOptions
  @OptionGroup var scope: CommunityOption
  @Option(help: "Also the attendance over the last N meetings.") var last = 3
  @Flag(help: "Print JSON instead of tables.") var json = false

  func run() throws {
    try CommandContext.run(options, .reading) { context in
      let value = try context.community(scope.community)
      let today = context.today
      let words = ParticipationWords.forLanguage(context.language)
      let members = value.members.sorted { NameOrder.ascending($0.name, $1.name) }
      let absent = Set(value.membersAbsentThreeInARow(today: today).map(\.id))
      if json {
        try printJSON(
          ParticipationJSON(
            members: members.map { member in
              .init(
                name: member.name, school: member.school,
                all: value.attendanceRecord(of: member.id, today: today),
                recent: value.attendanceRecord(of: member.id, today: today, last: last),
                absentThreeInARow: absent.contains(member.id))
            },
            schools: value.attendanceBySchool(today: today).map { school, record in
              .init(
                name: school, school: school, all: record,
                recent: value.attendanceBySchool(today: today, last: last)
                  .first { $0.school == school }?.record ?? record,
                absentThreeInARow: false)
            }))
        return
      }
      let rows = members.map { member in
        words.row(
          member.name, all: value.attendanceRecord(of: member.id, today: today),
          recent: value.attendanceRecord(of: member.id, today: today, last: last))
          + [absent.contains(member.id) ? words.absentThree : ""]
      }
      print(TextTable.render(header: words.header(last) + [""], rows: rows))
      print()
      let recentBySchool = value.attendanceBySchool(today: today, last: last)
      let schoolRows = value.attendanceBySchool(today: today).map { school, record in
        words.row(
          school.isEmpty ? "—" : school, all: record,
          recent: recentBySchool.first { $0.school == school }?.record ?? record)
      }
      print(
        TextTable.render(header: [words.school] + words.header(last).dropFirst(), rows: schoolRows))
    }
  }
}

/// The words of `member participation`, nl and en.
struct ParticipationWords {
  let name: String
  let school: String
  let all: String
  let lastN: (Int) -> String
  let excused: String
  let absent: String
  let agreements: String
  let agreementCell: (Int, Int, Int) -> String
  let absentThree: String

  static func forLanguage(_ language: Language) -> ParticipationWords {
    language == .nl
      ? ParticipationWords(
        name: "Naam", school: "School", all: "Aanwezig (alles)", lastN: { "Laatste \($0)" },
        excused: "Verontschuldigd", absent: "Afwezig", agreements: "Afspraken",
        agreementCell: { owned, done, carried in "\(done)/\(owned) klaar, \(carried) overgedragen"
        },
        absentThree: "3× na elkaar afwezig")
      : ParticipationWords(
        name: "Name", school: "School", all: "Present (all)", lastN: { "Last \($0)" },
        excused: "Excused", absent: "Absent", agreements: "Agreements",
        agreementCell: { owned, done, carried in "\(done)/\(owned) done, \(carried) carried over" },
        absentThree: "absent 3× in a row")
  }

  func header(_ last: Int) -> [String] { [name, all, lastN(last), excused, absent, agreements] }

  func row(_ label: String, all: AttendanceRecord, recent: AttendanceRecord) -> [String] {
    [
      label, percent(all.attendancePercent), percent(recent.attendancePercent), "\(all.excused)",
      "\(all.absent)",
      agreementCell(all.agreementsOwned, all.agreementsDone, all.agreementsCarriedOver),
    ]
  }

  private func percent(_ value: Int?) -> String { value.map { "\($0)%" } ?? "—" }
}

/// The JSON of `member participation --json`: every figure of the records.
struct ParticipationJSON: Encodable {
  struct Entry: Encodable {
    let name: String
    let school: String
    let all: AttendanceRecordJSON
    let recent: AttendanceRecordJSON
    let absentThreeInARow: Bool

    init(
      name: String, school: String, all: AttendanceRecord, recent: AttendanceRecord,
      absentThreeInARow: Bool
    ) {
      self.name = name
      self.school = school
      self.all = AttendanceRecordJSON(all)
      self.recent = AttendanceRecordJSON(recent)
      self.absentThreeInARow = absentThreeInARow
    }
  }

  let members: [Entry]
  let schools: [Entry]
}

struct AttendanceRecordJSON: Encodable {
  let expected, attended, late, excused, absent, unrecorded: Int
  let attendancePercent: Int?
  let agreementsOwned, agreementsDone, agreementsCarriedOver: Int

  init(_ record: AttendanceRecord) {
    expected = record.expected
    attended = record.attended
    late = record.late
    excused = record.excused
    absent = record.absent
    unrecorded = record.unrecorded
    attendancePercent = record.attendancePercent
    agreementsOwned = record.agreementsOwned
    agreementsDone = record.agreementsDone
    agreementsCarriedOver = record.agreementsCarriedOver
  }

  func encode(to encoder: Encoder) throws {
    var container = encoder.container(keyedBy: Keys.self)
    for (key, value) in [
      (Keys.expected, expected), (.attended, attended), (.late, late), (.excused, excused),
      (.absent, absent), (.unrecorded, unrecorded), (.agreementsOwned, agreementsOwned),
      (.agreementsDone, agreementsDone), (.agreementsCarriedOver, agreementsCarriedOver),
    ] {
      try container.encode(value, forKey: key)
    }
    try container.encode(attendancePercent, forKey: .attendancePercent)
  }

  enum Keys: String, CodingKey {
    case expected, attended, late, excused, absent, unrecorded, attendancePercent
    case agreementsOwned, agreementsDone, agreementsCarriedOver
  }
}
