package kr.aiacademy.etl.pipeline.demo;

/**
 * A synthetic person as written in the source: {@code rrn}, {@code email} and {@code phone} exactly as they
 * appear in the files ({@code email} may be empty); {@code home} is the home region.
 */
record Person(String name, String rrn, String email, String phone, Place home) {

    Person movedTo(Place newHome) {
        return new Person(name, rrn, email, phone, newHome);
    }

    /** The same person with the rrn written the other way (with or without the hyphen). */
    Person withOtherRrnForm() {
        String other = rrn.indexOf('-') >= 0 ? rrn.replace("-", "") : rrn.substring(0, 6) + "-" + rrn.substring(6);
        return new Person(name, other, email, phone, home);
    }
}
