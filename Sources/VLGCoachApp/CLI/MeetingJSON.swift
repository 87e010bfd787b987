import CoachCore
import Foundation

/// The JSON shape of `meeting list --json`. Every key is always there; a missing time is
/// null.
struct MeetingJSON: Encodable {
  struct AttendanceCounts: Encodable {
    let present: Int
    let late: Int
    let absent: Int
    let excused: Int
    /// Present or late, of everyone recorded (a member removed since included).
    let attended: Int
    /// Members whose attendance is recorded at all.
    let recorded: Int
    /// Members on the meeting's attendance list (CoachCore's `attendanceCount`), and of
    /// them present or late: the "3 of 4" the program's screens show.
    let onList: Int
    let attendedOnList: Int

    init(_ meeting: Meeting, in community: Community) {
      let states = Array(meeting.attendance.values)
      present = states.filter { $0 == .present }.count
      late = states.filter { $0 == .late }.count
      absent = states.filter { $0 == .absent }.count
      excused = states.filter { $0 == .excused }.count
      attended = present + late
      recorded = states.count
      let count = community.attendanceCount(for: meeting)
      onList = count.of
      attendedOnList = count.attended
    }
  }

  let number: Int
  let id: String
  let date: String
  let time: String?
  let place: String
  let phase: Int
  let agendaItems: Int
  let attendance: AttendanceCounts
  /// Agreements of earlier meetings that were still open when this meeting came.
  let toReview: Int

  init(_ meeting: Meeting, number: Int, in community: Community) {
    self.number = number
    id = meeting.id.uuidString
    date = meeting.day.iso
    time = meeting.time?.text
    place = meeting.place
    phase = meeting.phase.number
    agendaItems = meeting.agenda.count
    attendance = AttendanceCounts(meeting, in: community)
    toReview = community.agreementsToReview(in: meeting.id).count
  }

  private enum CodingKeys: String, CodingKey {
    case number, id, date, time, place, phase, agendaItems, attendance, toReview
  }

  func encode(to encoder: Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(number, forKey: .number)
    try container.encode(id, forKey: .id)
    try container.encode(date, forKey: .date)
    try container.encode(time, forKey: .time)
    try container.encode(place, forKey: .place)
    try container.encode(phase, forKey: .phase)
    try container.encode(agendaItems, forKey: .agendaItems)
    try container.encode(attendance, forKey: .attendance)
    try container.encode(toReview, forKey: .toReview)
  }
}
