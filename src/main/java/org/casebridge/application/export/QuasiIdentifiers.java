package org.casebridge.application.export;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.casebridge.domain.model.casefile.ExploitationType;
import org.casebridge.domain.model.export.CaseExportRow;

/**
 * The generalised quasi-identifiers of a record in the k-anonymous data set, as CTDC publishes them: the
 * year of identification, gender in four groups, the CTDC age band, the region of citizenship, the type of
 * exploitation in five groups and the country of exploitation. Nothing else of a record is published.
 */
public record QuasiIdentifiers(String year, String gender, String ageBand, String citizenshipRegion,
        String exploitationType, String countryOfExploitation) {

    public static final List<String> HEADERS = List.of("yearOfRegistration", "gender", "ageBroad", "citizenshipRegion",
            "typeOfExploitation", "countryOfExploitation");
    public static final String UNKNOWN = "Unknown";
    public static final String MULTIPLE = "Multiple";

    private static final Map<String, String> REGIONS = regions();

    public static QuasiIdentifiers of(CaseExportRow r) {
        return new QuasiIdentifiers(Integer.toString(r.identificationDate().getYear()), gender(r.gender()),
                ageBand(r.ageOn(r.identificationDate())), region(r.citizenships()), exploitation(r.exploitationTypes()),
                r.exploitationCountries().isEmpty() ? UNKNOWN
                        : r.exploitationCountries().size() > 1 ? MULTIPLE : r.exploitationCountries().get(0));
    }

    public List<String> cells() {
        return List.of(year, gender, ageBand, citizenshipRegion, exploitationType, countryOfExploitation);
    }

    static String gender(String stored) {
        if (stored == null) {
            return UNKNOWN;
        }
        return switch (stored) {
            case "FEMININE" -> "Feminine";
            case "MASCULINE" -> "Masculine";
            case "TRANSGENDER_FEMININE", "TRANSGENDER_MASCULINE", "NON_CONFORMING" -> "TransgenderOrNonConforming";
            default -> UNKNOWN;
        };
    }

    /** CTDC's broad age bands. */
    static String ageBand(Integer age) {
        if (age == null || age < 0) {
            return UNKNOWN;
        }
        if (age <= 8) {
            return "0-8";
        }
        if (age <= 17) {
            return "9-17";
        }
        if (age <= 20) {
            return "18-20";
        }
        if (age <= 23) {
            return "21-23";
        }
        if (age <= 26) {
            return "24-26";
        }
        if (age <= 29) {
            return "27-29";
        }
        if (age <= 38) {
            return "30-38";
        }
        if (age <= 47) {
            return "39-47";
        }
        return "48+";
    }

    static String region(List<String> citizenships) {
        if (citizenships.isEmpty()) {
            return UNKNOWN;
        }
        List<String> regions = citizenships.stream().map(c -> REGIONS.getOrDefault(c, "Other")).distinct().toList();
        return regions.size() > 1 ? MULTIPLE : regions.get(0);
    }

    static String exploitation(List<String> types) {
        if (types.isEmpty()) {
            return UNKNOWN;
        }
        if (types.size() > 1) {
            return MULTIPLE;
        }
        String t = types.get(0);
        if (t.equals(ExploitationType.SEXUAL_EXPLOITATION.name())) {
            return ExploitationType.SEXUAL_EXPLOITATION.htcdsValue();
        }
        if (t.equals(ExploitationType.FORCED_LABOUR.name())) {
            return ExploitationType.FORCED_LABOUR.htcdsValue();
        }
        return "Other";
    }

    private static Map<String, String> regions() {
        Map<String, String> m = new HashMap<>();
        put(m, "Caribbean", "AG AI AW BB BS BL BQ BZ CU CW DM DO GD GP GY HT JM KN KY LC MF MQ MS PR SR SX TC TT VC VG VI");
        put(m, "LatinAmerica", "AR BO BR CL CO CR EC GT HN MX NI PA PE PY SV UY VE GF FK");
        put(m, "NorthAmerica", "US CA BM GL PM");
        put(m, "Europe", "AD AL AT BA BE BG BY CH CY CZ DE DK EE ES FI FR GB GR HR HU IE IS IT LI LT LU LV MC MD ME MK MT NL NO PL "
                + "PT RO RS RU SE SI SK SM UA VA XK");
        put(m, "Africa", "AO BF BI BJ BW CD CF CG CI CM CV DJ DZ EG ER ET GA GH GM GN GQ GW KE KM LR LS LY MA MG ML MR MU MW MZ NA "
                + "NE NG RW SC SD SL SN SO SS ST SZ TD TG TN TZ UG ZA ZM ZW");
        put(m, "Asia", "AE AF AM AZ BD BH BN BT CN GE HK ID IL IN IQ IR JO JP KG KH KP KR KW KZ LA LB LK MM MN MO MV MY NP OM PH PK "
                + "PS QA SA SG SY TH TJ TL TM TR TW UZ VN YE");
        put(m, "Oceania", "AU FJ KI MH FM NR NZ PG PW SB TO TV VU WS");
        return Map.copyOf(m);
    }

    private static void put(Map<String, String> m, String region, String codes) {
        for (String c : codes.split(" ")) {
            m.put(c, region);
        }
    }
}
