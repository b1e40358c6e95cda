package org.svgroups.core.people;

/** Where a user stands for groups, by age. */
public enum AgeGroup {
    /** Younger than the minimum age: no groups at all. */
    UNDER_AGE,
    /** Old enough for groups, but joins only by accepting an invitation. */
    MINOR,
    /** Enrolled at invitation, like in the app. */
    ADULT,
    /** No birthdate known; a setting says whether that counts as an adult or as under age. */
    UNKNOWN
}
