package kr.aiacademy.etl.pipeline.demo;

/** A demo employer as an employment record writes it: business registration number, name, 시·도 spelling. */
record Employer(String brn, String name, String region) {

    Employer renamed(String newName) {
        return new Employer(brn, newName, region);
    }

    Employer movedTo(String newRegion) {
        return new Employer(brn, name, newRegion);
    }
}
