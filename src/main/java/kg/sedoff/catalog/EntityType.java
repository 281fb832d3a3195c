package kg.sedoff.catalog;

import java.util.Arrays;
import java.util.Optional;

/**
 * The schema.org classes an entity may have. Each belongs to one of the five top classes the
 * graph contract promises (Person, Place, Organization, CreativeWork, Event); both types are written.
 */
public enum EntityType {
    Person("Person"),
    Place("Place"), City("Place"), Country("Place"), AdministrativeArea("Place"), Continent("Place"),
    Landform("Place"), BodyOfWater("Place"), LandmarksOrHistoricalBuildings("Place"),
    Organization("Organization"), PoliticalParty("Organization"), GovernmentOrganization("Organization"),
    EducationalOrganization("Organization"), CollegeOrUniversity("Organization"),
    NewsMediaOrganization("Organization"),
    CreativeWork("CreativeWork"), Book("CreativeWork"), Article("CreativeWork"), Periodical("CreativeWork"),
    Newspaper("CreativeWork"),
    Event("Event");

    private final String top;

    EntityType(String top) {
        this.top = top;
    }

    /** The schema.org top class: Person, Place, Organization, CreativeWork or Event. */
    public String top() {
        return top;
    }

    public static Optional<EntityType> parse(String name) {
        return Arrays.stream(values()).filter(t -> t.name().equals(name)).findFirst();
    }

    public static String names() {
        return String.join(", ", Arrays.stream(values()).map(Enum::name).toList());
    }
}
