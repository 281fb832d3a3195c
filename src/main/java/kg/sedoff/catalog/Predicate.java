package kg.sedoff.catalog;

import java.util.Arrays;
import java.util.Optional;

/**
 * The relations a curator may state in relations.csv, by prefixed name. Own terms (sedoff:) name a
 * schema.org super-property where one fits, so the build also writes the plain schema.org triple.
 */
public enum Predicate {
    PARENT("schema:parent", false, null),
    CHILDREN("schema:children", false, null),
    SIBLING("schema:sibling", false, null),
    SPOUSE("schema:spouse", false, null),
    KNOWS("schema:knows", false, null),
    COLLEAGUE("schema:colleague", false, null),
    MEMBER_OF("schema:memberOf", false, null),
    AUTHOR("schema:author", false, null),
    EDITOR("schema:editor", false, null),
    ALUMNI_OF("schema:alumniOf", false, null),
    HOME_LOCATION("schema:homeLocation", false, null),
    BIRTH_DATE("schema:birthDate", true, null),
    DEATH_DATE("schema:deathDate", true, null),
    BIRTH_PLACE("schema:birthPlace", false, null),
    DEATH_PLACE("schema:deathPlace", false, null),
    CONTAINED_IN_PLACE("schema:containedInPlace", false, null),
    LOCATION("schema:location", false, null),
    PARTICIPANT("schema:participant", false, null),
    ABOUT("schema:about", false, null),
    IS_PART_OF("schema:isPartOf", false, null),
    PUBLISHER("schema:publisher", false, null),
    START_DATE("schema:startDate", true, null),
    END_DATE("schema:endDate", true, null),
    IN_LANGUAGE("schema:inLanguage", true, null),
    SUB_ORGANIZATION("schema:subOrganization", false, null),
    PARENT_ORGANIZATION("schema:parentOrganization", false, null),
    FOUNDER("schema:founder", false, null),
    DEFENDANT("sedoff:defendant", false, PARTICIPANT),
    VICTIM("sedoff:victim", false, PARTICIPANT),
    PERPETRATOR("sedoff:perpetrator", false, PARTICIPANT),
    PSEUDONYM("sedoff:pseudonym", true, null),
    NICKNAME("sedoff:nickname", true, null),
    DETAINED_IN("sedoff:detainedIn", false, null),
    EXPELLED_FROM("sedoff:expelledFrom", false, null),
    DEPORTED_TO("sedoff:deportedTo", false, null),
    CONTRIBUTED_TO("sedoff:contributedTo", false, null);

    private final String prefixed;
    private final boolean literal;
    private final Predicate schemaSuper;

    Predicate(String prefixed, boolean literal, Predicate schemaSuper) {
        this.prefixed = prefixed;
        this.literal = literal;
        this.schemaSuper = schemaSuper;
    }

    /** As written in relations.csv, e.g. "schema:parent". */
    public String prefixed() {
        return prefixed;
    }

    public String prefix() {
        return prefixed.substring(0, prefixed.indexOf(':'));
    }

    public String localName() {
        return prefixed.substring(prefixed.indexOf(':') + 1);
    }

    /** True when the object is a literal (a date, a name, a language), not an entity. */
    public boolean literal() {
        return literal;
    }

    /** The schema.org property this own term specialises, or empty. */
    public Optional<Predicate> schemaSuper() {
        return Optional.ofNullable(schemaSuper);
    }

    public boolean isDate() {
        return this == BIRTH_DATE || this == DEATH_DATE || this == START_DATE || this == END_DATE;
    }

    public static Optional<Predicate> parse(String prefixed) {
        return Arrays.stream(values()).filter(p -> p.prefixed.equals(prefixed)).findFirst();
    }
}
