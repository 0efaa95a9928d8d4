package org.casebridge.infrastructure.export;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.casebridge.domain.model.export.CaseExportRow;
import org.casebridge.domain.model.export.ExportRows;
import org.casebridge.domain.model.export.ExportSelection;
import org.casebridge.domain.model.export.IdentifyingField;
import org.casebridge.infrastructure.persistence.DataSourceConfiguration;

/**
 * The rows of a case export in plain JDBC, a keyset page of {@link #PAGE} cases at a time in
 * (identification date, id) order, which the country's case list index serves, with the victims,
 * exploitation types and exploitation countries of those cases in the same query. Rows are handed on as
 * they are read, one page's result at a time. Identifying columns are selected only when the export asks
 * for them.
 */
@ApplicationScoped
public class JdbcExportRows implements ExportRows {

    static final int PAGE = 500;

    @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
    DataSource dataSource;

    @Override
    public long count(ExportSelection s) {
        // one row per victim, and one for each case without a (not voided) victim: one scan of the victims
        // (three counts before: cases, victims, cases with victims; 1.7 s at 100,000 cases of 1,000,000)
        String sql = "select count(*) from case_file c left join (select cv.case_id from case_victim cv join victim v"
                + " on v.id = cv.victim_id where v.voided = false) x on x.case_id = c.id where c.voided = false" + where(s, false);
        try (Connection c = dataSource.getConnection()) {
            return single(c, sql, s);
        } catch (SQLException e) {
            throw failed("count", e);
        }
    }

    private static long single(Connection c, String sql, ExportSelection s) throws SQLException {
        try (PreparedStatement q = c.prepareStatement(sql)) {
            bind(q, s, 1, null);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    @Override
    public void forEach(ExportSelection s, Consumer<CaseExportRow> sink) {
        try (Connection c = dataSource.getConnection()) {
            LocalDate afterDate = null;
            long afterId = 0;
            while (true) {
                // one query a page: the page's cases with their types and exploitation countries, joined to their
                // victims (four queries a page before, three of them with 500 bound ids)
                int cases = 0;
                long lastId = 0;
                LocalDate lastDate = null;
                List<String> types = List.of();
                List<String> countries = List.of();
                try (PreparedStatement q = c.prepareStatement(pageSql(s, afterDate != null))) {
                    bind(q, s, 1, afterDate == null ? null : new Object[] {afterDate, afterId});
                    try (ResultSet rs = q.executeQuery()) {
                        while (rs.next()) {
                            long id = rs.getLong(1);
                            if (cases == 0 || id != lastId) {
                                // a case's columns repeat on each of its victims' rows: read its lists once
                                cases++;
                                lastId = id;
                                lastDate = rs.getDate(5).toLocalDate();
                                types = strings(rs, 12);
                                countries = strings(rs, 13).stream().distinct().sorted().toList();
                            }
                            sink.accept(row(rs, lastDate, types, countries));
                        }
                    }
                }
                if (cases < PAGE) {
                    return;
                }
                afterDate = lastDate;
                afterId = lastId;
            }
        } catch (SQLException e) {
            throw failed("rows", e);
        }
    }

    /**
     * A page of {@link #PAGE} cases in (identification date, id) order, each with its exploitation types and the
     * countries of its exploitation events as arrays (correlated per case, from case_exploitation_pk and
     * case_event_case_ix), then left-joined to its victims that are not voided: one row per victim, one for a case
     * without any, in (date, id, victim id) order. {@code array_agg} is standard SQL that H2 and PostgreSQL both have.
     */
    private static String pageSql(ExportSelection s, boolean keyset) {
        boolean names = s.reads(IdentifyingField.NAMES);
        boolean contact = s.reads(IdentifyingField.CONTACT);
        return "select p.id, p.case_number, co.code, p.status, p.identification_date, p.sex_exploitation_types,"
                + " p.forced_labour_industry, p.methods_of_control, p.methods_of_recruitment, p.recruitment_apps,"
                + " p.exploitation_apps, p.types, p.countries,"
                + " v.id, v.gender, v.estimated_age, v.estimated_age_on, v.citizenships, v.languages,"
                + " v.trafficking_status, v.status_decided_by, v.age_when_trafficked, v.relationship_to_trafficker, v.migration_status,"
                + (s.readsBirthDate() ? " v.birth_date," : " cast(null as date),")
                + (names ? " v.given_name, v.family_name," : " cast(null as varchar(1)), cast(null as varchar(1)),")
                + (contact ? " v.contact_phone, v.contact_email, v.contact_address"
                        : " cast(null as varchar(1)), cast(null as varchar(1)), cast(null as varchar(1))")
                + " from (select c.id, c.case_number, c.country_id, c.status, c.identification_date, c.sex_exploitation_types,"
                + " c.forced_labour_industry, c.methods_of_control, c.methods_of_recruitment, c.recruitment_apps,"
                + " c.exploitation_apps,"
                + " (select array_agg(e.type order by e.type) from case_exploitation e where e.case_id = c.id) as types,"
                + " (select array_agg(ev.country_code order by ev.country_code) from case_event ev where ev.case_id = c.id"
                + " and ev.voided = false and ev.type = 'EXPLOITATION' and ev.country_code is not null) as countries"
                + " from case_file c where c.voided = false" + where(s, keyset)
                + " order by c.identification_date, c.id fetch first " + PAGE + " rows only) p"
                + " join country co on co.id = p.country_id"
                + " left join (case_victim cv join victim v on v.id = cv.victim_id and v.voided = false) on cv.case_id = p.id"
                + " order by p.identification_date, p.id, v.id";
    }

    private static String where(ExportSelection s, boolean keyset) {
        StringBuilder w = new StringBuilder();
        if (s.country() != null) {
            // the country's id, not its code on the joined row: the planner then reads the country's range of
            // case_file_country_live_ident_ix (country, voided, identification date, id) in the export's order
            w.append(" and c.country_id = (select cx.id from country cx where cx.code = ?)");
        }
        if (s.from() != null) {
            w.append(" and c.identification_date >= ?");
        }
        if (s.to() != null) {
            w.append(" and c.identification_date <= ?");
        }
        if (keyset) {
            // the bound "date >= the last date" starts the index range at the last page's end; the OR alone
            // cannot, and each page read the export's earlier rows again (1.5 s a page at 1,000,000 cases)
            w.append(" and c.identification_date >= ? and (c.identification_date > ? or (c.identification_date = ? and c.id > ?))");
        }
        return w.toString();
    }

    private static int bind(PreparedStatement q, ExportSelection s, int i, Object[] keyset) throws SQLException {
        if (s.country() != null) {
            q.setString(i++, s.country());
        }
        if (s.from() != null) {
            q.setDate(i++, Date.valueOf(s.from()));
        }
        if (s.to() != null) {
            q.setDate(i++, Date.valueOf(s.to()));
        }
        if (keyset != null) {
            q.setDate(i++, Date.valueOf((LocalDate) keyset[0]));
            q.setDate(i++, Date.valueOf((LocalDate) keyset[0]));
            q.setDate(i++, Date.valueOf((LocalDate) keyset[0]));
            q.setLong(i++, (Long) keyset[1]);
        }
        return i;
    }

    private static CaseExportRow row(ResultSet rs, LocalDate identified, List<String> types, List<String> countries)
            throws SQLException {
        long victimId = rs.getLong(14);
        boolean victim = !rs.wasNull();
        CaseExportRow.Identity identity = victim
                ? new CaseExportRow.Identity(rs.getString(26), rs.getString(27), rs.getString(28), rs.getString(29), rs.getString(30))
                : CaseExportRow.Identity.NONE;
        Date estimatedOn = victim ? rs.getDate(17) : null;
        Date born = victim ? rs.getDate(25) : null;
        return new CaseExportRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), identified, types,
                split(rs.getString(6)), rs.getString(7), split(rs.getString(8)), split(rs.getString(9)), split(rs.getString(10)),
                split(rs.getString(11)), countries,
                victim ? victimId : null, victim ? rs.getString(15) : null, victim ? integer(rs, 16) : null,
                estimatedOn == null ? null : estimatedOn.toLocalDate(),
                victim ? split(rs.getString(18)) : List.of(), victim ? split(rs.getString(19)) : List.of(),
                victim ? rs.getString(20) : null, victim ? rs.getString(21) : null,
                victim ? integer(rs, 22) : null, victim ? rs.getString(23) : null,
                victim ? rs.getString(24) : null, born == null ? null : born.toLocalDate(), identity);
    }

    /**
     * An integer column, null for SQL NULL: getInt and wasNull, because the pool's wrapper looks
     * {@code getObject(i, Integer.class)} up by reflection on every call (seen in stack samples of the export).
     */
    private static Integer integer(ResultSet rs, int column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    /** An {@code array_agg} column as strings; none for SQL NULL (no rows aggregated). */
    private static List<String> strings(ResultSet rs, int column) throws SQLException {
        java.sql.Array array = rs.getArray(column);
        if (array == null) {
            return List.of();
        }
        try {
            Object[] values = (Object[]) array.getArray();
            List<String> out = new ArrayList<>(values.length);
            for (Object v : values) {
                if (v != null) {
                    out.add(v.toString());
                }
            }
            return out;
        } finally {
            array.free();
        }
    }

    private static List<String> split(String column) {
        return column == null || column.isBlank() ? List.of()
                : Arrays.stream(column.split(",")).map(String::trim).filter(x -> !x.isEmpty()).toList();
    }

    private static UncheckedIOException failed(String what, SQLException e) {
        return new UncheckedIOException(new IOException("export " + what + " not read: " + e.getSQLState(), e));
    }
}
