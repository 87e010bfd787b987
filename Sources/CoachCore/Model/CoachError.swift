/// A rule of the domain that an input broke, with the sentence a coach reads.
public enum CoachError: Error, Equatable, Sendable {
  case emptyCommunityName
  case emptyMemberName
  case duplicateCommunityName(String)
  case duplicateMemberName(String)
  case alreadyInPhase(Phase)
  case phaseDateBeforePrevious(day: CalendarDay, previous: CalendarDay)
  case invalidDate(String)
  case invalidPhaseNumber(String)
  case unknownCommunity(String)
  case ambiguousCommunity(String, candidates: [String])
  case unknownMember(String, community: String)
  case ambiguousMember(String, candidates: [String])
  case unknownRole(String)
  case invalidTime(String)
  case noSuchMeeting(Int, count: Int)
  case noSuchAgreement(String)
  case emptyAgreement
  case emptyNote
  case emptyThemeTitle
  case duplicateTheme(String)
  case unknownTheme(String)
  case emptyOutputTitle
  case triedBeforeMade(made: CalendarDay)
  case emptySubgroupName
  case duplicateSubgroup(String)
  case stoppedMemberAsInternalCoach(String)
  case noteForAnotherCommunity
  case agreementWithoutOwner
  case droppedWithoutReason
  case agreementAlreadyClosed(Int)
  case agreementHasReviews(Int)
  case meetingMoveOutOfOrder(Int, to: CalendarDay)
  case invalidMinutes(String)
  case emptyAgendaItem
  case meetingHasAgreements(Int)
  case reviewBeforeLast(Int, last: CalendarDay)

  public func message(_ language: Language) -> String {
    let nl = language == .nl
    switch self {
    case .emptyCommunityName:
      return nl ? "Geef de leergemeenschap een naam." : "Give the learning community a name."
    case .emptyMemberName:
      return nl ? "Geef het lid een naam." : "Give the member a name."
    case .duplicateCommunityName(let name):
      return nl
        ? "Er is al een leergemeenschap met de naam “\(name)”."
        : "There is already a learning community named “\(name)”."
    case .duplicateMemberName(let name):
      return nl
        ? "Er is al een lid met de naam “\(name)” in deze leergemeenschap."
        : "This learning community already has a member named “\(name)”."
    case .alreadyInPhase(let phase):
      return nl
        ? "De leergemeenschap zit al in fase \(phase.number)."
        : "The learning community is already in phase \(phase.number)."
    case .phaseDateBeforePrevious(let day, let previous):
      return nl
        ? "De datum \(day.iso) ligt vóór de vorige faseovergang (\(previous.iso))."
        : "The date \(day.iso) is before the previous phase change (\(previous.iso))."
    case .invalidDate(let text):
      return nl
        ? "“\(text)” is geen geldige datum; schrijf JJJJ-MM-DD, bv. 2026-12-08."
        : "“\(text)” is not a valid date; write YYYY-MM-DD, e.g. 2026-12-08."
    case .invalidPhaseNumber(let text):
      return nl
        ? "“\(text)” is geen fase; kies 1, 2, 3, 4 of 5."
        : "“\(text)” is not a phase; choose 1, 2, 3, 4 or 5."
    case .unknownCommunity(let reference):
      return nl
        ? "Geen leergemeenschap gevonden voor “\(reference)”. Bekijk ze met: vlgcoach community list"
        : "No learning community matches “\(reference)”. See them with: vlgcoach community list"
    case .ambiguousCommunity(let reference, let candidates):
      return nl
        ? "“\(reference)” past bij meer dan één leergemeenschap: \(candidates.joined(separator: ", ")). Typ meer van de naam."
        : "“\(reference)” matches more than one learning community: \(candidates.joined(separator: ", ")). Type more of the name."
    case .unknownMember(let reference, let community):
      return nl
        ? "Geen lid van \(community) gevonden voor “\(reference)”."
        : "No member of \(community) matches “\(reference)”."
    case .ambiguousMember(let reference, let candidates):
      return nl
        ? "“\(reference)” past bij meer dan één lid: \(candidates.joined(separator: ", ")). Typ meer van de naam."
        : "“\(reference)” matches more than one member: \(candidates.joined(separator: ", ")). Type more of the name."
    case .invalidTime(let text):
      return nl
        ? "“\(text)” is geen uur; schrijf UU:MM, bv. 14:00."
        : "“\(text)” is not a time; write HH:MM, e.g. 14:00."
    case .noSuchMeeting(let number, let count):
      if count == 0 {
        return nl
          ? "Er is nog geen bijeenkomst; plan er een met: vlgcoach meeting add"
          : "There is no meeting yet; plan one with: vlgcoach meeting add"
      }
      switch count {
      case 1:
        return nl
          ? "Er is geen bijeenkomst \(number); er is alleen bijeenkomst 1."
          : "There is no meeting \(number); there is only meeting 1."
      case 2:
        return nl
          ? "Er is geen bijeenkomst \(number); kies 1 of 2."
          : "There is no meeting \(number); choose 1 or 2."
      default:
        return nl
          ? "Er is geen bijeenkomst \(number); kies 1 tot \(count)."
          : "There is no meeting \(number); choose 1 to \(count)."
      }
    case .noSuchAgreement(let reference):
      return nl
        ? "Geen afspraak “\(reference)”. Bekijk ze met: vlgcoach agreement list"
        : "No agreement “\(reference)”. See them with: vlgcoach agreement list"
    case .emptyAgreement:
      return nl ? "Schrijf wat er afgesproken is." : "Write what was agreed."
    case .emptyThemeTitle:
      return nl ? "Geef het thema een titel." : "Give the theme a title."
    case .duplicateTheme(let title):
      return nl ? "Er is al een thema “\(title)”." : "There is a theme “\(title)” already."
    case .unknownTheme(let reference):
      return nl ? "Geen thema “\(reference)”." : "No theme “\(reference)”."
    case .emptyOutputTitle:
      return nl ? "Zeg wat er gemaakt is." : "Say what was made."
    case .triedBeforeMade(let made):
      return nl
        ? "Uitgeprobeerd in de klas kan niet vóór het gemaakt is (\(made.iso))."
        : "It cannot be tried in class before it was made (\(made.iso))."
    case .emptySubgroupName:
      return nl ? "Geef de deelgroep een naam." : "Give the subgroup a name."
    case .duplicateSubgroup(let name):
      return nl
        ? "Er is al een deelgroep “\(name)” in dit thema."
        : "This theme has a subgroup “\(name)” already."
    case .stoppedMemberAsInternalCoach(let name):
      return nl
        ? "\(name) is gestopt en kan geen interne coach zijn."
        : "\(name) has stopped and cannot be the internal coach."
    case .emptyNote:
      return nl ? "Schrijf wat je opviel." : "Write what you noticed."
    case .noteForAnotherCommunity:
      return nl
        ? "Deze notitie hoort bij een andere leergemeenschap."
        : "This note belongs to another learning community."
    case .agreementWithoutOwner:
      return nl
        ? "Een afspraak heeft minstens één eigenaar nodig."
        : "An agreement needs at least one owner."
    case .droppedWithoutReason:
      return nl
        ? "Geef een reden waarom de afspraak geschrapt wordt."
        : "Give a reason why the agreement is dropped."
    case .agreementAlreadyClosed(let number):
      return nl
        ? "Afspraak \(number) is al afgesloten."
        : "Agreement \(number) is closed already."
    case .agreementHasReviews(let number):
      return nl
        ? "Afspraak \(number) werd al opgevolgd; verwijderen zou de verslagen veranderen die dat tonen. Schrap ze liever, met een reden."
        : "Agreement \(number) was followed up already; deleting it would change the minutes that show it. Drop it with a reason instead."
    case .meetingMoveOutOfOrder(let number, let day):
      return nl
        ? "Bijeenkomst \(number) kan niet naar \(day.iso): de opvolging van een afspraak kwam dan vóór de bijeenkomst waarin ze gemaakt is, of vóór een eerdere opvolging."
        : "Meeting \(number) cannot move to \(day.iso): an agreement's follow-up would then come before the meeting it was made in, or before an earlier follow-up."
    case .reviewBeforeLast(let number, let last):
      return nl
        ? "Afspraak \(number) werd op \(last.iso) al opgevolgd; een latere opvolging kan, een eerdere niet."
        : "Agreement \(number) was followed up on \(last.iso) already; a later follow-up can be added, not an earlier one."
    case .meetingHasAgreements(let number):
      return nl
        ? "In bijeenkomst \(number) zijn afspraken gemaakt; verwijder die eerst."
        : "Agreements were made in meeting \(number); remove those first."
    case .invalidMinutes(let text):
      return nl
        ? "“\(text)” is geen aantal minuten."
        : "“\(text)” is not a number of minutes."
    case .emptyAgendaItem:
      return nl ? "Geef het agendapunt een titel." : "Give the agenda item a title."
    case .unknownRole(let text):
      return nl
        ? "“\(text)” is geen rol; kies teacher, leader, adviser of coach."
        : "“\(text)” is not a role; choose teacher, leader, adviser or coach."
    }
  }
}
