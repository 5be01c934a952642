package org.coopera.bulletin;

import org.springframework.data.jpa.repository.JpaRepository;

interface BulletinRepository extends JpaRepository<Bulletin, Long> {
}
