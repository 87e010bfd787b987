import CoachCore
import Foundation

/// Dates the local way: “za 21 nov 2026” in Dutch, “Sat, 21 Nov 2026” in English (or the
/// variant of the user's own locale when it speaks the same language).
public struct DateText: Equatable, Sendable {
  public let localeIdentifier: String
  public let timeZone: TimeZone

  public init(localeIdentifier: String, timeZone: TimeZone) {
    self.localeIdentifier = localeIdentifier
    self.timeZone = timeZone
  }

  /// nl_BE or en_GB, unless the environment's locale is a variant of `language`.
  public static func locale(for language: Language, environment: [String: String]) -> String {
    for key in ["LC_ALL", "LC_TIME", "LANG"] {
      guard let value = environment[key], !value.isEmpty else { continue }
      let identifier = String(value.prefix(while: { $0 != "." && $0 != "@" }))
      if identifier.lowercased().hasPrefix(language.rawValue + "_") { return identifier }
      break
    }
    return language == .nl ? "nl_BE" : "en_GB"
  }

  /// Weekday, day, month, year: “di 8 dec 2026”, “Tue 8 Dec 2026”. Built from the same
  /// parts as `dayInYear`, so a date reads the same everywhere (no comma in one place only).
  public func day(_ day: CalendarDay) -> String {
    format(day, template: "EEEdMMM") + " " + format(day, template: "yyyy")
  }

  /// Day, month, year, without the weekday.
  public func shortDay(_ day: CalendarDay) -> String {
    format(day, template: "dMMMyyyy")
  }

  /// Weekday, day and month; the year only when it is not `today`'s (lists of meetings).
  public func dayInYear(_ day: CalendarDay, today: CalendarDay) -> String {
    day.year == today.year ? format(day, template: "EEEdMMM") : self.day(day)
  }

  public func monthYear(_ day: CalendarDay) -> String {
    format(day, template: "MMMyyyy")
  }

  private func format(_ day: CalendarDay, template: String) -> String {
    let formatter = FormatterCache.shared.formatter(
      locale: localeIdentifier, timeZone: timeZone, template: template)
    return formatter.string(from: day.date(in: timeZone))
  }
}

/// Making a DateFormatter costs far more than using one, and a screen formats many dates.
private final class FormatterCache: @unchecked Sendable {
  static let shared = FormatterCache()
  private let lock = NSLock()
  private var formatters: [String: DateFormatter] = [:]

  func formatter(locale: String, timeZone: TimeZone, template: String) -> DateFormatter {
    let key = locale + "|" + timeZone.identifier + "|" + template
    lock.lock()
    defer { lock.unlock() }
    if let formatter = formatters[key] { return formatter }
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: locale)
    formatter.timeZone = timeZone
    formatter.setLocalizedDateFormatFromTemplate(template)
    formatters[key] = formatter
    return formatter
  }
}
