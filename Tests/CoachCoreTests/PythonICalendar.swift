import Foundation
import Testing

/// A calendar reader other programs use: Python's `icalendar` library (`pip install
/// icalendar`, which .ci/run does), run as a process on a temporary file. For every event
/// it gives the start and end as the library reads them: a day, or a local time with its
/// TZID and the UTC instant — once through the zone's name (the tz database) and once
/// through the file's own VTIMEZONE only, as a calendar that does not know the name would.
enum PythonICalendar {
  struct Moment: Decodable, Equatable {
    let date: String?
    let local: String?
    let tzid: String?
    /// The UTC instant through the zone's name, e.g. `2026-12-08T13:00:00+00:00`.
    let utc: String?
    /// The UTC instant through the file's VTIMEZONE.
    let ownUTC: String?
  }

  struct Event: Decodable {
    let uid: String
    let start: Moment
    let end: Moment
  }

  struct Failed: Error, CustomStringConvertible {
    let description: String
  }

  /// Whether the tests that need it run: when python3 can import icalendar, and always in
  /// CI, where a missing library must fail loudly. Elsewhere `swift test` skips them and
  /// says why.
  static var shouldRun: Bool {
    isInstalled || ProcessInfo.processInfo.environment["CI"] == "true"
  }

  static let skipReason: Comment =
    "needs Python's icalendar library: python3 -m pip install icalendar"

  static var isInstalled: Bool {
    (try? run(["-c", "import icalendar"]).status) == 0
  }

  /// The events of `calendar` as the library reads them.
  static func events(_ calendar: String) throws -> [Event] {
    try TemporaryDirectory.with { folder in
      let file = folder.appendingPathComponent("meetings.ics")
      try Data(calendar.utf8).write(to: file)
      let result = try run(["-c", script, file.path])
      guard result.status == 0 else {
        throw Failed(description: "python3 ended with status \(result.status): \(result.error)")
      }
      return try JSONDecoder().decode([Event].self, from: result.output)
    }
  }

  private static func run(_ arguments: [String]) throws -> (
    status: Int32, output: Data, error: String
  ) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3"] + arguments
    let output = Pipe()
    let error = Pipe()
    process.standardOutput = output
    process.standardError = error
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    let message = error.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, data, String(decoding: message, as: UTF8.self))
  }

  private static let script = """
    import datetime, json, sys
    import icalendar

    utc = datetime.timezone.utc
    with open(sys.argv[1], "rb") as f:
        calendar = icalendar.Calendar.from_ical(f.read())
    own = {str(z["TZID"]): z.to_tz(lookup_tzid=False) for z in calendar.walk("VTIMEZONE")}

    def moment(event, name):
        value = event.decoded(name)
        if not isinstance(value, datetime.datetime):
            return {"date": value.isoformat()}
        tzid = event[name].params["TZID"]
        local = value.replace(tzinfo=None)
        zone = own[tzid]
        mine = zone.localize(local) if hasattr(zone, "localize") else local.replace(tzinfo=zone)
        return {
            "local": local.isoformat(), "tzid": tzid,
            "utc": value.astimezone(utc).isoformat(),
            "ownUTC": mine.astimezone(utc).isoformat(),
        }

    events = [
        {"uid": str(e["UID"]), "start": moment(e, "DTSTART"), "end": moment(e, "DTEND")}
        for e in calendar.walk("VEVENT")
    ]
    print(json.dumps(events))
    """
}
